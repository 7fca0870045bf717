<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SchoolSuite</name>
    <message>
        <source>students or staff.</source>
        <translation>students 或 staff。</translation>
    </message>
    <message>
        <source>--kind is students or staff.</source>
        <translation>--kind 取值为 students 或 staff。</translation>
    </message>
    <message>
        <source>auto, utf-8 or gb18030.</source>
        <translation>auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>Check and count, write nothing.</source>
        <translation>只检查和计数，不写入任何数据。</translation>
    </message>
    <message>
        <source>--encoding is auto, utf-8 or gb18030.</source>
        <translation>--encoding 取值为 auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>%1: nothing was imported because of these problems:</source>
        <translation>%1：存在以下问题，未导入任何数据：</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1 to add, %2 to update, %3 unchanged.</source>
        <translation>试运行，未写入任何数据：将新增 %1 条，更新 %2 条，%3 条无变化。</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>导入完成：新增 %1 条，更新 %2 条，%3 条无变化。</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>已将 %1 行导出到 %2。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Show the ID number in full (audited).</source>
        <translation>显示完整的身份证号（记入审计日志）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>“%1”不是 FIELD=VALUE 格式。</translation>
    </message>
    <message>
        <source>%1 updated.</source>
        <translation>%1 已更新。</translation>
    </message>
    <message>
        <source>Import students or staff from CSV or XLSX, all or nothing.</source>
        <translation>从 CSV 或 XLSX 文件导入学生或教职工（要么全部导入，要么全部不导入）。</translation>
    </message>
    <message>
        <source>Export to .csv or .xlsx.</source>
        <translation>导出为 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Show a student (学籍号) or staff member (工号).</source>
        <translation>显示学生（学籍号）或教职工（工号）的信息。</translation>
    </message>
    <message>
        <source>Change fields of a student or staff member.</source>
        <translation>修改学生或教职工的信息。</translation>
    </message>
    <message>
        <source>School code.</source>
        <translation>学校代码。</translation>
    </message>
    <message>
        <source>School name.</source>
        <translation>学校名称。</translation>
    </message>
    <message>
        <source>First administrator.</source>
        <translation>首个系统管理员的用户名。</translation>
    </message>
    <message>
        <source>File with the password.</source>
        <translation>存放密码的文件。</translation>
    </message>
    <message>
        <source>init needs --%1.</source>
        <translation>init 命令需要 --%1 参数。</translation>
    </message>
    <message>
        <source>%1 already holds school %2.</source>
        <translation>%1 中已有学校 %2。</translation>
    </message>
    <message>
        <source>School %1 (%2) is set up in %3.</source>
        <translation>已在 %3 中创建学校 %1（%2）。</translation>
    </message>
    <message>
        <source>small or large.</source>
        <translation>small 或 large。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机数种子。</translation>
    </message>
    <message>
        <source>--size is small or large.</source>
        <translation>--size 取值为 small 或 large。</translation>
    </message>
    <message>
        <source>--seed is a number.</source>
        <translation>--seed 必须是数字。</translation>
    </message>
    <message>
        <source>%1 already holds a school; choose an empty --data-dir.</source>
        <translation>%1 中已有学校，请指定一个空的 --data-dir。</translation>
    </message>
    <message>
        <source>Demo school %1: %2 students, %3 staff, %4 classes, %5 rooms. Accounts admin, principal, clerk, librarian, teacher and homeroom share the password%6.</source>
        <translation>演示学校 %1：学生 %2 名，教职工 %3 名，班级 %4 个，场所 %5 个。账户 admin、principal、clerk、librarian、teacher 和 homeroom 使用同一密码%6。</translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation>本地数据库状态正常。</translation>
    </message>
    <message>
        <source>The store has problems.</source>
        <translation>本地数据库存在问题。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>At most N hits.</source>
        <translation>最多显示 N 条结果。</translation>
    </message>
    <message>
        <source>--limit is a positive number.</source>
        <translation>--limit 必须是正整数。</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>显示名称。</translation>
    </message>
    <message>
        <source>administrator, principal, clerk, librarian, teacher or homeroom_teacher.</source>
        <translation>administrator、principal、clerk、librarian、teacher 或 homeroom_teacher。</translation>
    </message>
    <message>
        <source>The staff member (工号) this account belongs to.</source>
        <translation>此账户对应的教职工（工号）。</translation>
    </message>
    <message>
        <source>users add needs --role and --password-file.</source>
        <translation>users add 命令需要 --role 和 --password-file 参数。</translation>
    </message>
    <message>
        <source>Account %1 (%2) created.</source>
        <translation>已创建账户 %1（%2）。</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>账户 %1 已解锁。</translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation>最多显示 N 条记录。</translation>
    </message>
    <message>
        <source>Only this action (sign_in, denied, reveal, export …).</source>
        <translation>只显示此类操作（sign_in、denied、reveal、export …）。</translation>
    </message>
    <message>
        <source>Set up a new school store.</source>
        <translation>新建学校本地数据库。</translation>
    </message>
    <message>
        <source>Create a realistic demo school (administrator &quot;admin&quot;).</source>
        <translation>创建一所仿真的演示学校（系统管理员账户为“admin”）。</translation>
    </message>
    <message>
        <source>Check schema, integrity and foreign keys.</source>
        <translation>检查数据库结构、完整性和外键。</translation>
    </message>
    <message>
        <source>Count the school&apos;s records.</source>
        <translation>统计学校的各类记录数。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the store.</source>
        <translation>生成本地数据库的一致性副本。</translation>
    </message>
    <message>
        <source>Replace the store with a checked backup.</source>
        <translation>用经过检查的备份替换本地数据库。</translation>
    </message>
    <message>
        <source>Search people, classes and rooms (Chinese, pinyin, initials).</source>
        <translation>搜索人员、班级和场所（支持汉字、拼音、首字母）。</translation>
    </message>
    <message>
        <source>Create a local account.</source>
        <translation>创建本地账户。</translation>
    </message>
    <message>
        <source>List local accounts.</source>
        <translation>列出本地账户。</translation>
    </message>
    <message>
        <source>Unlock an account locked after failed sign-ins.</source>
        <translation>解锁因登录失败而被锁定的账户。</translation>
    </message>
    <message>
        <source>Show the audit log.</source>
        <translation>显示审计日志。</translation>
    </message>
    <message>
        <source>There is no student (学籍号) or staff member (工号) %1.</source>
        <translation>没有学籍号或工号为 %1 的学生或教职工。</translation>
    </message>
    <message>
        <source>This device is not enrolled with the district: there is no store in %1. Run &quot;schoolsuite-cli enroll --server URL --school CODE --key KEY&quot; first.</source>
        <translation>本机尚未注册到区县平台：%1 中没有本地数据库。请先运行“schoolsuite-cli enroll --server URL --school CODE --key KEY”。</translation>
    </message>
    <message>
        <source>This device is not enrolled with the district. Run &quot;schoolsuite-cli enroll --server URL --school CODE --key KEY&quot; first.</source>
        <translation>本机尚未注册到区县平台。请先运行“schoolsuite-cli enroll --server URL --school CODE --key KEY”。</translation>
    </message>
    <message>
        <source>The district server, https://HOST[:PORT].</source>
        <translation>区县平台服务器地址，格式为 https://HOST[:PORT]。</translation>
    </message>
    <message>
        <source>This school&apos;s code.</source>
        <translation>本校的学校代码。</translation>
    </message>
    <message>
        <source>The one-time enrollment key from the district.</source>
        <translation>区县提供的一次性注册密钥。</translation>
    </message>
    <message>
        <source>A CA certificate (PEM) the server&apos;s certificate is signed with.</source>
        <translation>签发服务器证书的 CA 证书（PEM 格式）。</translation>
    </message>
    <message>
        <source>enroll needs --%1.</source>
        <translation>enroll 命令需要 --%1 参数。</translation>
    </message>
    <message>
        <source>Enrolled this device (%1) for school %2 %3 with %4. Run &quot;schoolsuite-cli sync&quot; to exchange data.</source>
        <translation>已将本机（%1）注册到 %4，学校为 %2 %3。运行“schoolsuite-cli sync”即可同步数据。</translation>
    </message>
    <message>
        <source>The district server holds this device&apos;s deletions (batch %1). Only the district administrator can let them through: &quot;schoolsuite-district admin confirm-held %1&quot;. Deletions received from the district are applied now.</source>
        <translation>区县平台服务器暂存了本机发出的删除（批次 %1），只有区县管理员可以确认放行：“schoolsuite-district admin confirm-held %1”。从区县平台取回的删除现在执行。</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 new conflicts.</source>
        <translation>同步完成：发送 %1 条，取回 %2 条，新增冲突 %3 个。</translation>
    </message>
    <message>
        <source>List received rows that could not be applied.</source>
        <translation>列出取回后未能应用的记录。</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>%1  %2 %3, field %4
    kept: %5 (%6)
    other: %7 (%8)
    &quot;schoolsuite-cli conflicts restore %9&quot; brings the other value back.</source>
        <translation>%1  %2 %3，字段 %4
    当前值：%5（%6）
    另一个值：%7（%8）
    运行“schoolsuite-cli conflicts restore %9”可恢复另一个值。</translation>
    </message>
    <message>
        <source>%1 received row(s) could not be applied here: &quot;schoolsuite-cli conflicts --problems&quot; lists them.</source>
        <translation>有 %1 条取回的记录未能在本机应用，运行“schoolsuite-cli conflicts --problems”可查看。</translation>
    </message>
    <message>
        <source>Restored the other value; it goes to the district with the next sync.</source>
        <translation>已恢复另一个值，下次同步时会发送到区县平台。</translation>
    </message>
    <message>
        <source>Kept the current value.</source>
        <translation>已保留当前值。</translation>
    </message>
    <message>
        <source>Enroll this device with the district server (once).</source>
        <translation>将本机注册到区县平台服务器（只需一次）。</translation>
    </message>
    <message>
        <source>Send this device&apos;s changes to the district and receive the others&apos;.</source>
        <translation>将本机的修改发送到区县平台，并取回其他电脑的修改。</translation>
    </message>
    <message>
        <source>List open conflicts: both values, who and when.</source>
        <translation>列出待处理的冲突：双方的值、修改人和时间。</translation>
    </message>
    <message>
        <source>Bring back the value that lost a conflict.</source>
        <translation>恢复冲突中被覆盖的值。</translation>
    </message>
    <message>
        <source>Keep the current value and close the conflict.</source>
        <translation>保留当前值并关闭该冲突。</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>等待确认</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>启动时</translation>
    </message>
    <message>
        <source>Apply received deletions that wait for confirmation.</source>
        <translation>执行已收到、正在等待确认的删除。</translation>
    </message>
    <message>
        <source>Network restored</source>
        <translation>网络恢复</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>%1 is not a field of an item; use the import headers, such as room, custodian, status or 位置.</source>
        <translation>%1 不是设备的字段；请使用导入表头，例如 room、custodian、status 或 位置。</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>没有场所 %1。</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 已调拨到 %2。</translation>
    </message>
    <message>
        <source>Import equipment from CSV or XLSX, all or nothing.</source>
        <translation>从 CSV 或 XLSX 导入设备，要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>Export the equipment register to .csv or .xlsx.</source>
        <translation>把设备台账导出为 .csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>List the equipment register.</source>
        <translation>列出设备台账。</translation>
    </message>
    <message>
        <source>Change fields of an item, all or nothing.</source>
        <translation>修改一台设备的字段，要么全改，要么都不改。</translation>
    </message>
    <message>
        <source>Move an item to a room (by name).</source>
        <translation>把设备调拨到某个场所（按名称）。</translation>
    </message>
    <message>
        <source>The school year&apos;s calendar year (default: this year).</source>
        <translation>统计年度（默认：今年）。</translation>
    </message>
    <message>
        <source>--year: a year from 1990 to %1.</source>
        <translation>--year：1990 至 %1 之间的年份。</translation>
    </message>
    <message>
        <source>%1 — indicators %2, as of %3</source>
        <translation>%1 —— %2 年度信息化指标，统计截至 %3</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>School</source>
        <translation>本校</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>funding source not recorded</source>
        <translation>未填写经费来源</translation>
    </message>
    <message>
        <source>Targets: the district&apos;s for %1.</source>
        <translation>目标：区里下发的 %1 年度目标。</translation>
    </message>
    <message>
        <source>Targets: the district plan&apos;s (no targets received from the district).</source>
        <translation>目标：区规划数值（尚未收到区里下发的目标）。</translation>
    </message>
    <message>
        <source>The figures of %1 are recorded.</source>
        <translation>%1 年度数据已记录。</translation>
    </message>
    <message>
        <source>A note (e.g. how it is connected).</source>
        <translation>说明（例如接入方式）。</translation>
    </message>
    <message>
        <source>Give the year the campus network was in place, or &quot;none&quot;.</source>
        <translation>请给出校园网建成的年份，或者 &quot;none&quot;。</translation>
    </message>
    <message>
        <source>Campus network in place since %1.</source>
        <translation>校园网 %1 年建成。</translation>
    </message>
    <message>
        <source>No campus network recorded.</source>
        <translation>未登记校园网。</translation>
    </message>
    <message>
        <source>The informatization indicators against the district&apos;s targets.</source>
        <translation>信息化指标与区里目标的对比。</translation>
    </message>
    <message>
        <source>Record the year&apos;s figures as they are now.</source>
        <translation>按现在的情况记录本年度数据。</translation>
    </message>
    <message>
        <source>Set since which year the campus network is in place.</source>
        <translation>设置校园网的建成年份。</translation>
    </message>
    <message>
        <source>Vendor: at most 100 characters.</source>
        <translation>维修单位：最多 100 个字。</translation>
    </message>
    <message>
        <source>Resolution: at most 500 characters.</source>
        <translation>处理结果：最多 500 个字。</translation>
    </message>
    <message>
        <source>Cost: %1 yuan is more than a repair costs.</source>
        <translation>费用：%1 元超出了维修费用的合理范围。</translation>
    </message>
    <message>
        <source>the type &quot;%1&quot; is not text, number, date or bool.</source>
        <translation>类型“%1”不是文本、数字、日期或是/否。</translation>
    </message>
    <message>
        <source>Name: a category needs a name.</source>
        <translation>名称：分类必须有名称。</translation>
    </message>
    <message>
        <source>Kind: &quot;%1&quot; is not a kind of equipment.</source>
        <translation>计入类别：“%1”不是设备类别。</translation>
    </message>
    <message>
        <source>Service life: %1 is not a number of years.</source>
        <translation>使用年限：%1 不是有效的年数。</translation>
    </message>
    <message>
        <source>Parent: a category cannot be inside itself.</source>
        <translation>上级分类：分类不能放在自己下面。</translation>
    </message>
    <message>
        <source>Parent: there is no category %1.</source>
        <translation>上级分类：没有分类 %1。</translation>
    </message>
    <message>
        <source>Name: there is a category %1 here already.</source>
        <translation>名称：这里已经有分类“%1”。</translation>
    </message>
    <message>
        <source>Custom fields: &quot;%1&quot; is not a key (letters, digits and _, starting with a letter).</source>
        <translation>自定义字段：“%1”不是有效的字段键（字母、数字和 _，以字母开头）。</translation>
    </message>
    <message>
        <source>Custom fields: the key %1 appears twice.</source>
        <translation>自定义字段：字段键 %1 重复。</translation>
    </message>
    <message>
        <source>Custom fields: the field %1 needs a title.</source>
        <translation>自定义字段：字段 %1 需要标题。</translation>
    </message>
    <message>
        <source>Custom fields: %1: %2</source>
        <translation>自定义字段：%1：%2</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>the category is empty.</source>
        <translation>分类为空。</translation>
    </message>
    <message>
        <source>several categories are called %1; write the path, such as 计算机/台式计算机.</source>
        <translation>有多个名为“%1”的分类，请写出路径，例如 计算机/台式计算机。</translation>
    </message>
    <message>
        <source>unknown category %1.</source>
        <translation>未知分类 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2024-09-01).</source>
        <translation>“%1”不是日期（例如 2024-09-01）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (such as 4999.50).</source>
        <translation>“%1”不是以元为单位的金额（例如 4999.50）。</translation>
    </message>
    <message>
        <source>unknown room %1.</source>
        <translation>未知场所 %1。</translation>
    </message>
    <message>
        <source>unknown staff member (工号) %1.</source>
        <translation>未知教职工（工号）%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (在库, 在用, 借出, 维修, 丢失, 报废).</source>
        <translation>“%1”不是有效状态（在库、在用、借出、维修、丢失、报废）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a use (teacher, student, classroom, office).</source>
        <translation>“%1”不是有效用途（教师用、学生用、教室用、办公用）。</translation>
    </message>
    <message>
        <source>Lent %1 (%2) to %3, due %4.</source>
        <translation>已将《%1》(%2) 借给 %3，应还日期 %4。</translation>
    </message>
    <message>
        <source>Checked in %1 (%2): it was not on loan.</source>
        <translation>《%1》(%2) 已入库：该书未处于借出状态。</translation>
    </message>
    <message>
        <source>Returned %1 (%2) from %3.</source>
        <translation>%3 已归还《%1》(%2)。</translation>
    </message>
    <message>
        <source>The copy had been lent twice; both loans are closed.</source>
        <translation>该复本曾被重复借出；两条借阅均已结束。</translation>
    </message>
    <message>
        <source>It was %1 days overdue.</source>
        <translation>逾期 %1 天。</translation>
    </message>
    <message>
        <source>Put it aside: held for %1 until %2.</source>
        <translation>请留存：为 %1 预约保留至 %2。</translation>
    </message>
    <message>
        <source>Titles: %1</source>
        <translation>题名数：%1</translation>
    </message>
    <message>
        <source>Copies: %1</source>
        <translation>复本数：%1</translation>
    </message>
    <message>
        <source>Open loans: %1</source>
        <translation>在借：%1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>逾期：%1</translation>
    </message>
    <message>
        <source>Lend a copy to a reader (PATRON: 学籍号 or 工号).</source>
        <translation>将复本借给读者（PATRON：学籍号或工号）。</translation>
    </message>
    <message>
        <source>Take a copy back.</source>
        <translation>归还复本。</translation>
    </message>
    <message>
        <source>Titles, copies, open and overdue loans.</source>
        <translation>题名、复本、在借和逾期数量。</translation>
    </message>
    <message>
        <source>Import the good records and list the broken ones.</source>
        <translation>导入正确的记录，并列出有错误的记录。</translation>
    </message>
    <message>
        <source>Records whose ISBN is in the catalog: skip (default) or merge (fill empty fields, add the copies).</source>
        <translation>ISBN 已在馆藏中的记录：skip 跳过（默认）或 merge 合并（补全空缺字段并添加复本）。</translation>
    </message>
    <message>
        <source>auto (as each record says), utf-8, gb18030 or marc8.</source>
        <translation>auto（按每条记录的说明）、utf-8、gb18030 或 marc8。</translation>
    </message>
    <message>
        <source>--duplicates is skip or merge.</source>
        <translation>--duplicates 的值为 skip 或 merge。</translation>
    </message>
    <message>
        <source>--encoding is auto, utf-8, gb18030 or marc8.</source>
        <translation>--encoding 的值为 auto、utf-8、gb18030 或 marc8。</translation>
    </message>
    <message>
        <source>%1: nothing was imported because of these broken records (--skip-bad imports the others):</source>
        <translation>%1：由于以下错误记录，未导入任何记录（使用 --skip-bad 可导入其余记录）：</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1 records; %2 new titles, %3 duplicates to %4, %5 copies to add.</source>
        <translation>试运行，未写入：共 %1 条记录；新书目 %2 种，重复 %3 种将%4，待添加复本 %5 册。</translation>
    </message>
    <message>
        <source>Imported %1 records: %2 new titles, %3 duplicates %4, %5 copies added.</source>
        <translation>已导入 %1 条记录：新书目 %2 种，重复 %3 种已%4，添加复本 %5 册。</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message numerus="yes">
        <source>%n broken record(s) left out:</source>
        <translation>
            <numerusform>已跳过 %n 条错误记录：</numerusform>
        </translation>
    </message>
    <message>
        <source>Write CNMARC (UNIMARC) instead of MARC 21.</source>
        <translation>写出 CNMARC（UNIMARC）格式，而不是 MARC 21。</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>已将 %1 条记录导出到 %2。</translation>
    </message>
    <message>
        <source>Import ISO 2709 or MARCXML records (MARC 21, CNMARC), all or nothing.</source>
        <translation>导入 ISO 2709 或 MARCXML 记录（MARC 21、CNMARC），全部成功或全部不导入。</translation>
    </message>
    <message>
        <source>Export the catalog with its copies as MARC: .xml or .marcxml is MARCXML, anything else ISO 2709.</source>
        <translation>将馆藏目录及其复本导出为 MARC：.xml 或 .marcxml 为 MARCXML，其他扩展名为 ISO 2709。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n page(s)</source>
        <translation>
            <numerusform>%1：%2，%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stroke(s)</source>
        <translation>
            <numerusform>%n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in all</source>
        <translation>
            <numerusform>共 %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) written</source>
        <translation>
            <numerusform>%1：已写入 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the format, pages and strokes of a board document (.ssboard, .xopp, .pdf, images).</source>
        <translation>显示白板文档（.ssboard、.xopp、.pdf、图片）的格式、页数和笔画数。</translation>
    </message>
    <message>
        <source>Write a board document as a vector PDF.</source>
        <translation>将白板文档输出为矢量 PDF。</translation>
    </message>
    <message>
        <source>Convert a board document; the format comes from OUT&apos;s extension (.ssboard, .pdf, .png).</source>
        <translation>转换白板文档；格式由 OUT 的扩展名决定（.ssboard、.pdf、.png）。</translation>
    </message>
    <message>
        <source>policy (locked)</source>
        <translation>策略（已锁定）</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Machine policy: %1</source>
        <translation>机器策略：%1</translation>
    </message>
    <message>
        <source>Policy value ignored: %1 = &quot;%2&quot; is %3.</source>
        <translation>已忽略的策略值：%1 = &quot;%2&quot;，%3。</translation>
    </message>
    <message>
        <source>Policy value adjusted: %1 = &quot;%2&quot; is %3.</source>
        <translation>已调整的策略值：%1 = &quot;%2&quot;，%3。</translation>
    </message>
    <message>
        <source>Show the configuration: each key&apos;s value and whether it comes from policy, the user or the default.</source>
        <translation>显示配置：每个键的值，以及它来自策略、用户还是默认值。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::AboutDialog</name>
    <message>
        <source>Application framework</source>
        <translation>应用程序框架</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>本地数据库</translation>
    </message>
    <message>
        <source>Reading ZIP files (XLSX, whiteboard files)</source>
        <translation>读取 ZIP 文件（XLSX、电子白板文件）</translation>
    </message>
    <message>
        <source>Writing Excel files</source>
        <translation>写入 Excel 文件</translation>
    </message>
    <message>
        <source>Pinyin readings of Chinese characters</source>
        <translation>汉字拼音数据</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>View Licence…</source>
        <translation>查看许可证…</translation>
    </message>
    <message>
        <source>About SchoolSuite</source>
        <translation>关于 SchoolSuite</translation>
    </message>
    <message>
        <source>SchoolSuite</source>
        <translation>SchoolSuite</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>基于 Qt %1 构建，运行于 Qt %2</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>Third-party licences:</source>
        <translation>第三方许可证：</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>%1 的许可证</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Accounts</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Only an administrator can create accounts.</source>
        <translation>只有系统管理员可以创建账户。</translation>
    </message>
    <message>
        <source>User name &quot;%1&quot;: use 2 to 64 letters, digits or . _ @ -.</source>
        <translation>用户名“%1”无效：请使用 2 至 64 个字母、数字或 . _ @ - 字符。</translation>
    </message>
    <message>
        <source>The display name is empty.</source>
        <translation>显示名称不能为空。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation>用户名“%1”已被占用。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>此账户已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again after %1 or ask an administrator to unlock it.</source>
        <translation>登录失败次数过多，此账户已被锁定。请在 %1 之后重试，或请系统管理员解锁。</translation>
    </message>
    <message>
        <source>Wrong password. The account is now locked for %1 minutes.</source>
        <translation>密码错误，账户已被锁定 %1 分钟。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>set passwords</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>账户“%1”不存在。</translation>
    </message>
    <message>
        <source>unlock accounts</source>
        <translation>解锁账户</translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation>查看账户列表</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>无法读取密码文件 %1。</translation>
    </message>
    <message>
        <source>A local account named &quot;%1&quot; already exists on this computer. Sign in with its password once, or ask an administrator to rename it.</source>
        <translation>本机已有名为“%1”的本地账户。请先用该账户的密码登录一次，或请系统管理员为它改名。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::AddCopiesDialog</name>
    <message>
        <source>Add copies</source>
        <translation>添加复本</translation>
    </message>
    <message>
        <source>A-03</source>
        <translation>A-03</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>the title&apos;s price</source>
        <translation>同题名定价</translation>
    </message>
    <message>
        <source>Call number:</source>
        <translation>索书号：</translation>
    </message>
    <message>
        <source>&amp;Number of copies:</source>
        <translation>复本数(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>馆藏位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Shelf:</source>
        <translation>书架(&amp;S)：</translation>
    </message>
    <message>
        <source>Item type:</source>
        <translation>文献类型：</translation>
    </message>
    <message>
        <source>Acquired:</source>
        <translation>入藏日期：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Price per copy (yuan):</source>
        <translation>每册单价（元）：</translation>
    </message>
    <message>
        <source>none yet — give the title a class number first</source>
        <translation>暂无——请先为题名填写分类号</translation>
    </message>
    <message>
        <source>Price: %1 is not an amount in yuan (like 29.80)</source>
        <translation>定价：%1 不是以元为单位的金额（如 29.80）</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::AssetKeys</name>
    <message>
        <source>Teacher</source>
        <translation>教师用</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生用</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>教室用</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公用</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记入账</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Sent to repair</source>
        <translation>送修</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>报告丢失</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Interactive whiteboard</source>
        <translation>交互式电子白板</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>投影仪</translation>
    </message>
    <message>
        <source>Multimedia podium</source>
        <translation>多媒体讲台</translation>
    </message>
    <message>
        <source>Network equipment</source>
        <translation>网络设备</translation>
    </message>
    <message>
        <source>Lab instrument</source>
        <translation>实验仪器</translation>
    </message>
    <message>
        <source>Library equipment</source>
        <translation>图书馆设备</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>家具</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::AuditLog</name>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>Viewed sensitive data</source>
        <translation>查看敏感信息</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Imported data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Restored backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>账户已解锁</translation>
    </message>
    <message>
        <source>Viewed personal data</source>
        <translation>查看个人信息</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::AuditPage</name>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BarcodeMatrix</name>
    <message>
        <source>There is nothing to put in the code.</source>
        <translation>没有可编入条码的内容。</translation>
    </message>
    <message>
        <source>A Code 128 bar code holds letters, digits and signs only, not &quot;%1&quot;.</source>
        <translation>Code 128 一维码只能包含字母、数字和符号，不能编入“%1”。</translation>
    </message>
    <message>
        <source>The code for &quot;%1&quot; cannot be made: %2</source>
        <translation>无法为“%1”生成条码：%2</translation>
    </message>
    <message>
        <source>The code for &quot;%1&quot; cannot be made.</source>
        <translation>无法为“%1”生成条码。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BlobClient</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The district platform cannot be reached: %1</source>
        <translation>无法连接区县平台：%1</translation>
    </message>
    <message>
        <source>The district platform refused the file (HTTP %1).</source>
        <translation>区县平台拒收该文件（HTTP %1）。</translation>
    </message>
    <message>
        <source>The file %1 changed while it was sent; send it again.</source>
        <translation>文件 %1 在发送过程中被修改，请重新发送。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a file on the district platform.</source>
        <translation>“%1”不是区县平台上的文件名。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The district platform does not have this file.</source>
        <translation>区县平台上没有这个文件。</translation>
    </message>
    <message>
        <source>The file from the district platform is damaged (its checksum does not match); it was discarded.</source>
        <translation>从区县平台下载的文件已损坏（校验值不符），已丢弃。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardEditor</name>
    <message>
        <source>Recovered changes</source>
        <translation>恢复的修改</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardExport</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>The PDF could not be continued at page %1.</source>
        <translation>PDF 在第 %1 页无法继续生成。</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The document has no page to export.</source>
        <translation>文档没有可导出的页面。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardFile</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>%1 is missing or damaged; the page is empty</source>
        <translation>%1 缺失或已损坏，该页为空</translation>
    </message>
    <message>
        <source>the raw ink is damaged; strokes keep their drawn points</source>
        <translation>原始笔迹数据已损坏，笔画保留绘制时的点</translation>
    </message>
    <message>
        <source>the raw ink is missing; strokes keep their drawn points</source>
        <translation>原始笔迹数据缺失，笔画保留绘制时的点</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a board document (not a ZIP archive).</source>
        <translation>%1 不是白板文档（不是 ZIP 压缩包）。</translation>
    </message>
    <message>
        <source>%1 is not a board document (no manifest.json).</source>
        <translation>%1 不是白板文档（没有 manifest.json）。</translation>
    </message>
    <message>
        <source>%1: the manifest is damaged or not of a board document.</source>
        <translation>%1：清单已损坏或不属于白板文档。</translation>
    </message>
    <message>
        <source>%1 was written by a newer SchoolSuite (format version %2); update SchoolSuite to open it.</source>
        <translation>%1 由更新版本的 SchoolSuite 写入（格式版本 %2），请升级 SchoolSuite 后再打开。</translation>
    </message>
    <message>
        <source>%1 claims %2 pages; that is not a board document.</source>
        <translation>%1 声称有 %2 页，这不是白板文档。</translation>
    </message>
    <message>
        <source>The asset %1 is missing from the file; its place is marked on the page.</source>
        <translation>文件中缺少素材 %1，页面上已标出它的位置。</translation>
    </message>
    <message>
        <source>The board document could not be written.</source>
        <translation>无法写入白板文档。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardFormats</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a PDF that can be read (damaged or protected by a password).</source>
        <translation>%1 不是可读取的 PDF（已损坏或有密码保护）。</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read.</source>
        <translation>%1 不是可读取的图片。</translation>
    </message>
    <message>
        <source>%1 is not a format the whiteboard opens (SchoolSuite boards, Xournal++, OpenBoard, IWB, PDF, images).</source>
        <translation>%1 不是白板能打开的格式（SchoolSuite 白板、Xournal++、OpenBoard、IWB、PDF、图片）。</translation>
    </message>
    <message>
        <source>%1: the whiteboard writes .%2, .iwb, .pdf and .png files.</source>
        <translation>%1：白板只能写入 .%2、.iwb、.pdf 和 .png 文件。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardJournal</name>
    <message>
        <source>The board&apos;s journal %1 cannot be written: %2</source>
        <translation>无法写入白板日志 %1：%2</translation>
    </message>
    <message>
        <source>The board&apos;s journal is not open.</source>
        <translation>白板日志未打开。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardLibrary</name>
    <message>
        <source>The board is no longer in the store.</source>
        <translation>这块白板已不在数据库中。</translation>
    </message>
    <message>
        <source>“%1” is %2&apos;s board: you cannot %3. Open a copy of it instead.</source>
        <translation>“%1”是%2的白板，您不能%3。请打开它的副本。</translation>
    </message>
    <message>
        <source>The board %1 cannot be read: %2</source>
        <translation>无法读取白板 %1：%2</translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation>未命名白板</translation>
    </message>
    <message>
        <source>save it</source>
        <translation>保存它</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>A newer version of “%1” was saved on %2 at %3; the changes made on this computer are shown. Saving them keeps both versions.</source>
        <translation>“%1”有一个较新的版本于 %3 在 %2 上保存；现在显示的是本机上所做的修改。保存后两个版本都会保留。</translation>
    </message>
    <message>
        <source>The newest version of “%1” (saved on %2 at %3) has not reached this computer yet. Synchronise, then open it again.</source>
        <translation>“%1”的最新版本（%3 在 %2 上保存）尚未同步到本机。请先同步，然后再打开。</translation>
    </message>
    <message>
        <source>The newest version of “%1” (saved on %2 at %3) has not reached this computer yet; the version last saved here is shown.</source>
        <translation>“%1”的最新版本（%3 在 %2 上保存）尚未同步到本机；现在显示的是本机最后保存的版本。</translation>
    </message>
    <message>
        <source>This version of the board has not reached this computer yet. Synchronise, then open it again.</source>
        <translation>白板的这个版本尚未同步到本机。请先同步，然后再打开。</translation>
    </message>
    <message>
        <source>rename it</source>
        <translation>重命名它</translation>
    </message>
    <message>
        <source>A board needs a title.</source>
        <translation>白板需要一个标题。</translation>
    </message>
    <message>
        <source>share it</source>
        <translation>共享它</translation>
    </message>
    <message>
        <source>delete it</source>
        <translation>删除它</translation>
    </message>
    <message>
        <source>The copy of the board on this computer is damaged; synchronise to fetch it again.</source>
        <translation>本机上的白板副本已损坏；请同步以重新获取。</translation>
    </message>
    <message>
        <source>The board cannot be written to %1: %2</source>
        <translation>无法将白板写入 %1：%2</translation>
    </message>
    <message>
        <source>The board belongs to another teacher.</source>
        <translation>这块白板属于另一位老师。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardListDialog</name>
    <message>
        <source>Boards</source>
        <translation>白板列表</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>保存于电脑</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Versions saved on other computers that the board does not include (both computers changed it before they synchronised). Open one as a copy to take what you need.</source>
        <translation>以下是其他电脑上保存、当前白板未包含的版本（两台电脑在同步前都修改了它）。可将其作为副本打开，取用需要的内容。</translation>
    </message>
    <message>
        <source>By</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>打开副本</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Share with colleagues</source>
        <translation>与同事共享</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Open this version as a copy</source>
        <translation>将此版本作为副本打开</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>Rename the board</source>
        <translation>重命名白板</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Delete the board</source>
        <translation>删除白板</translation>
    </message>
    <message>
        <source>Delete “%1” on every computer? This cannot be undone.</source>
        <translation>要在所有电脑上删除“%1”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>on the board now</source>
        <translation>正在显示</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>已共享</translation>
    </message>
    <message>
        <source>shared by %1</source>
        <translation>%1 共享</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>尚未同步到本机</translation>
    </message>
    <message numerus="yes">
        <source>%n other version(s)</source>
        <translation>
            <numerusform>另有 %n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 (version from %2)</source>
        <translation>%1（来自 %2 的版本）</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardOp</name>
    <message>
        <source>Page %1 has no layer %2.</source>
        <translation>第 %1 页没有图层 %2。</translation>
    </message>
    <message>
        <source>Page %1 has no item %2.</source>
        <translation>第 %1 页没有对象 %2。</translation>
    </message>
    <message>
        <source>The board has no place for a page %1.</source>
        <translation>白板上没有第 %1 页的位置。</translation>
    </message>
    <message>
        <source>The last page of a board cannot be removed.</source>
        <translation>白板的最后一页不能删除。</translation>
    </message>
    <message>
        <source>The board has no page %1.</source>
        <translation>白板没有第 %1 页。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardPagesModel</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Move page</source>
        <translation>移动页面</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardView</name>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>荧光笔</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>白板</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>图形</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Delete text</source>
        <translation>删除文字</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>修改文字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BookingItemsDialog</name>
    <message>
        <source>Bookable equipment</source>
        <translation>可预约设备</translation>
    </message>
    <message>
        <source>Tick the shared equipment teachers may book. Laptops and projectors that are not fixed in a classroom or office are ticked until you decide otherwise.</source>
        <translation>勾选老师可以预约的共享设备。笔记本电脑和不固定在教室、办公室里的投影仪默认已勾选，您可以修改。</translation>
    </message>
    <message>
        <source>Filter by name, tag, category or pinyin initials</source>
        <translation>按名称、资产编号、分类或拼音首字母筛选</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BookingListModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>节次</translation>
    </message>
    <message>
        <source>Equipment or room</source>
        <translation>设备或场所</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Clashes with</source>
        <translation>与之冲突</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BookingService</name>
    <message>
        <source>view bookings</source>
        <translation>查看预约</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>没有预约 %1。</translation>
    </message>
    <message>
        <source>decide which items can be booked</source>
        <translation>设置可预约设备</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>没有设备 %1。</translation>
    </message>
    <message>
        <source>not on the register</source>
        <translation>不在资产账上</translation>
    </message>
    <message>
        <source>in repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>lent</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>lent until %1</source>
        <translation>借出至 %1</translation>
    </message>
    <message>
        <source>book equipment</source>
        <translation>预约设备</translation>
    </message>
    <message>
        <source>book for another teacher</source>
        <translation>替其他老师预约</translation>
    </message>
    <message>
        <source>Teacher: there is no such staff member.</source>
        <translation>预约人：没有这位教职工。</translation>
    </message>
    <message>
        <source>This room cannot be booked.</source>
        <translation>这个场所不能预约。</translation>
    </message>
    <message>
        <source>This item cannot be booked; ask the clerk.</source>
        <translation>这台设备不能预约，请联系设备管理员。</translation>
    </message>
    <message>
        <source>Day: choose a day.</source>
        <translation>日期：请选择日期。</translation>
    </message>
    <message>
        <source>Day: %1 is in the past.</source>
        <translation>日期：%1 已经过去。</translation>
    </message>
    <message>
        <source>Periods: the first period comes after the last.</source>
        <translation>节次：开始节次在结束节次之后。</translation>
    </message>
    <message>
        <source>Periods: there is no period %1 on the timetable.</source>
        <translation>节次：作息时间里没有第%1节。</translation>
    </message>
    <message>
        <source>Purpose: at most 100 characters.</source>
        <translation>用途：最多 100 个字。</translation>
    </message>
    <message>
        <source>%1 cannot be booked on %2: %3.</source>
        <translation>%1 在 %2 不能预约：%3。</translation>
    </message>
    <message>
        <source>Already booked by %1: %2</source>
        <translation>已被 %1 预约：%2</translation>
    </message>
    <message>
        <source>cancel bookings</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>This booking is already cancelled.</source>
        <translation>这条预约已经取消了。</translation>
    </message>
    <message>
        <source>cancel %1&apos;s booking</source>
        <translation>取消 %1 的预约</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BookingWeekModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BookingsTab</name>
    <message>
        <source>&amp;Equipment or room:</source>
        <translation>设备或场所(&amp;E)：</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Timetable…</source>
        <translation>作息时间…</translation>
    </message>
    <message>
        <source>Bookable equipment…</source>
        <translation>可预约设备…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <source>Double-booked</source>
        <translation>重复预约</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已被预约</translation>
    </message>
    <message>
        <source>Past or unavailable</source>
        <translation>已过去或不可用</translation>
    </message>
    <message>
        <source>Show in calendar</source>
        <translation>在日历中查看</translation>
    </message>
    <message>
        <source>Two computers booked the same thing for the same time while they were offline. Agree with the teachers, then cancel one of the two bookings.</source>
        <translation>两台电脑在断网时预约了同一时间的同一设备或场所。请与老师商量后，取消其中一条预约。</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>取消这条预约</translation>
    </message>
    <message>
        <source>Nothing can be booked yet: the clerk marks shared equipment as bookable, and computer labs, multimedia rooms, labs and e-prep rooms are bookable rooms.</source>
        <translation>暂时没有可预约的设备或场所：设备管理员可以把共享设备设为可预约；计算机网络教室、多媒体教室、实验室和电子备课室等功能室可以预约。</translation>
    </message>
    <message>
        <source>Double-booked (%1)</source>
        <translation>重复预约（%1）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Choose free periods of one day, then Book.</source>
        <translation>选中同一天的空闲节次，再点“预约”。</translation>
    </message>
    <message>
        <source>Choose free periods of one day first.</source>
        <translation>请先选中同一天的空闲节次。</translation>
    </message>
    <message>
        <source>%1 is in the past.</source>
        <translation>%1 已经过去。</translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation>预约 %1</translation>
    </message>
    <message>
        <source>e.g. Grade 7 (2), IT lesson</source>
        <translation>例如：七年级(2)班 信息技术课</translation>
    </message>
    <message>
        <source>Equipment or room</source>
        <translation>设备或场所</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>(myself)</source>
        <translation>（本人）</translation>
    </message>
    <message>
        <source>For</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 by %2 on %3, %4?</source>
        <translation>取消 %2 在 %3 %4 对 %1 的预约吗？</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BulkCapture</name>
    <message>
        <source>Rows are written in bulk inside a transaction.</source>
        <translation>批量写入须在事务中进行。</translation>
    </message>
    <message>
        <source>Rows written in bulk were already queued for the district.</source>
        <translation>批量写入的记录已排入区级同步队列。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BulkCapture::State</name>
    <message>
        <source>Rows written in bulk could not be queued for the district; nothing was written.</source>
        <translation>批量写入的记录无法排入区级同步队列，未写入任何内容。</translation>
    </message>
    <message>
        <source>Rows written in bulk to %1 were changed before they were queued for the district; nothing was written.</source>
        <translation>批量写入 %1 的记录在排入区级同步队列前被修改，未写入任何内容。</translation>
    </message>
    <message>
        <source>Rows written in bulk to %1 break a rule of the table (%2); nothing was written.</source>
        <translation>批量写入 %1 的记录违反了该表的规则（%2），未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CatalogTab</name>
    <message>
        <source>Add title…</source>
        <translation>新增题名…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Add copies…</source>
        <translation>添加复本…</translation>
    </message>
    <message>
        <source>Title, author, pinyin, ISBN, call number, barcode… (Ctrl+F)</source>
        <translation>题名、责任者、拼音、ISBN、索书号、条码号…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Type one or two characters of a title, its pinyin or initials, an ISBN with or without hyphens (ISBN-10 too), a class or call number, or scan a barcode. Several words must all match.</source>
        <translation>输入题名中的一两个汉字、拼音或拼音首字母，带或不带连字符的 ISBN（也可用 ISBN-10），分类号或索书号，或扫描条码。多个词须同时匹配。</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码号</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>馆藏位置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>复本</translation>
    </message>
    <message>
        <source>Edit copy…</source>
        <translation>编辑复本…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>剔旧…</translation>
    </message>
    <message>
        <source>%1 titles shown, more match: type more to narrow the search</source>
        <translation>已显示 %1 种，还有更多匹配：继续输入以缩小范围</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) in the catalog</source>
        <translation>
            <numerusform>馆藏共 %n 种</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) found</source>
        <translation>
            <numerusform>找到 %n 种</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog is empty.</source>
        <translation>馆藏目录为空。</translation>
    </message>
    <message>
        <source>No title matches the search.</source>
        <translation>没有符合检索的题名。</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>出版</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分类号</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>主题词</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>丛书</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>定价</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语种</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>提要</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>On loan, due %1</source>
        <translation>已借出，%1 到期</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>在架</translation>
    </message>
    <message>
        <source>Add copies</source>
        <translation>添加复本</translation>
    </message>
    <message>
        <source>Add copies of &quot;%1&quot; now?</source>
        <translation>现在为《%1》添加复本吗？</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>编辑题名</translation>
    </message>
    <message>
        <source>Edit copy</source>
        <translation>编辑复本</translation>
    </message>
    <message>
        <source>Withdraw copy</source>
        <translation>剔旧</translation>
    </message>
    <message>
        <source>Withdraw copy %1 from the collection (剔旧)? It stays in the records with the status withdrawn.</source>
        <translation>将复本 %1 剔旧？记录仍保留，状态为“已剔旧”。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CatalogTitlesModel</name>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任者</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版者</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>出版年</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分类号</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>复本</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可借</translation>
    </message>
    <message>
        <source>see the catalog</source>
        <translation>查看馆藏目录</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CatalogWriter</name>
    <message>
        <source>catalog books</source>
        <translation>编目</translation>
    </message>
    <message>
        <source>Class number: a copy needs a call number or a class number.</source>
        <translation>分类号：复本需要索书号或分类号。</translation>
    </message>
    <message>
        <source>Barcode %1 is already on another copy.</source>
        <translation>条码号 %1 已被另一册复本使用。</translation>
    </message>
    <message>
        <source>A title added in this batch is changed before the batch is saved.</source>
        <translation>本批新增的书目在本批保存前被修改。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Circulation</name>
    <message>
        <source>look up a reader</source>
        <translation>查询读者</translation>
    </message>
    <message>
        <source>There is no reader %1.</source>
        <translation>没有读者 %1。</translation>
    </message>
    <message>
        <source>Unknown reader type &quot;%1&quot;.</source>
        <translation>未知的读者类型“%1”。</translation>
    </message>
    <message>
        <source>Scan a reader&apos;s card first.</source>
        <translation>请先扫描读者证。</translation>
    </message>
    <message>
        <source>%1 has graduated and cannot borrow.</source>
        <translation>%1 已毕业，不能借书。</translation>
    </message>
    <message>
        <source>%1 has transferred to another school and cannot borrow.</source>
        <translation>%1 已转学，不能借书。</translation>
    </message>
    <message>
        <source>%1 no longer works at the school and cannot borrow.</source>
        <translation>%1 已离校，不能借书。</translation>
    </message>
    <message>
        <source>lend books</source>
        <translation>借出图书</translation>
    </message>
    <message>
        <source>No reader has card number %1.</source>
        <translation>没有读者证号为 %1 的读者。</translation>
    </message>
    <message>
        <source>No copy has barcode %1.</source>
        <translation>没有条码号为 %1 的复本。</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be lent.</source>
        <translation>%1 状态为“%2”，不能外借。</translation>
    </message>
    <message>
        <source>%1 is for reference only and is not lent.</source>
        <translation>%1 仅供阅览，不外借。</translation>
    </message>
    <message>
        <source>%1 is already lent to %2, due %3.</source>
        <translation>%1 已借给 %2，应还日期 %3。</translation>
    </message>
    <message>
        <source>%1 is on loan to %2 (due %3): return it first.</source>
        <translation>%1 已借给 %2（应还 %3）：请先办理归还。</translation>
    </message>
    <message>
        <source>%1 is held for %2 until %3.</source>
        <translation>%1 已为 %2 预约保留至 %3。</translation>
    </message>
    <message>
        <source>%1 already has %2 items on loan, the most a %3 may borrow.</source>
        <translation>%1 已借 %2 册，已达%3的最多可借册数。</translation>
    </message>
    <message>
        <source>take returns</source>
        <translation>办理归还</translation>
    </message>
    <message>
        <source>renew loans</source>
        <translation>办理续借</translation>
    </message>
    <message>
        <source>%1 has been returned.</source>
        <translation>%1 已归还。</translation>
    </message>
    <message>
        <source>%1 cannot be renewed.</source>
        <translation>%1 不能续借。</translation>
    </message>
    <message>
        <source>%1 has been renewed %2 times, the most allowed.</source>
        <translation>%1 已续借 %2 次，已达上限。</translation>
    </message>
    <message>
        <source>%1 cannot be renewed: %2 reader(s) wait for it.</source>
        <translation>%1 不能续借：有 %2 位读者在预约等候。</translation>
    </message>
    <message>
        <source>view holds</source>
        <translation>查看预约</translation>
    </message>
    <message>
        <source>place holds</source>
        <translation>办理预约</translation>
    </message>
    <message>
        <source>There is no title %1.</source>
        <translation>没有题名 %1。</translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot;.</source>
        <translation>%1 已预约《%2》。</translation>
    </message>
    <message>
        <source>%1 already has &quot;%2&quot; on loan.</source>
        <translation>%1 已借有《%2》。</translation>
    </message>
    <message>
        <source>cancel holds</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>There is no hold %1.</source>
        <translation>没有预约 %1。</translation>
    </message>
    <message>
        <source>The hold of %1 on &quot;%2&quot; is no longer open.</source>
        <translation>%1 对《%2》的预约已结束。</translation>
    </message>
    <message>
        <source>expire holds</source>
        <translation>处理过期预约</translation>
    </message>
    <message>
        <source>view loans</source>
        <translation>查看借阅</translation>
    </message>
    <message>
        <source>There is no loan %1.</source>
        <translation>没有借阅记录 %1。</translation>
    </message>
    <message>
        <source>view overdue loans</source>
        <translation>查看逾期借阅</translation>
    </message>
    <message>
        <source>the overdue loans of another class</source>
        <translation>其他班级的逾期借阅</translation>
    </message>
    <message>
        <source>view the clearance report</source>
        <translation>查看毕业清还表</translation>
    </message>
    <message>
        <source>the clearance report of another class</source>
        <translation>其他班级的毕业清还表</translation>
    </message>
    <message>
        <source>view library statistics</source>
        <translation>查看图书馆统计</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CirculationDesk</name>
    <message>
        <source>Lending and returns need the librarian&apos;s permission.</source>
        <translation>借还书需要图书管理员权限。</translation>
    </message>
    <message>
        <source>Scan a reader&apos;s card (学籍号 / 工号), then the books; a book alone is returned</source>
        <translation>扫描读者证（学籍号 / 工号），再扫描图书；只扫图书即为归还</translation>
    </message>
    <message>
        <source>Return mode</source>
        <translation>还书模式</translation>
    </message>
    <message>
        <source>Every book scanned is returned, even with a reader selected.</source>
        <translation>扫描的每本图书都按归还处理，即使已选中读者。</translation>
    </message>
    <message>
        <source>Return mode: scan the books coming back.</source>
        <translation>还书模式：请扫描归还的图书。</translation>
    </message>
    <message>
        <source>Lending: scan a reader&apos;s card.</source>
        <translation>借书：请扫描读者证。</translation>
    </message>
    <message>
        <source>Next reader (Esc)</source>
        <translation>下一位读者 (Esc)</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>Renew selected</source>
        <translation>续借所选</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>本次操作</translation>
    </message>
    <message>
        <source>No copy is lent twice.</source>
        <translation>没有重复借出的复本。</translation>
    </message>
    <message>
        <source>Two desks lent these copies while offline. Return the copy to close both loans, then lend it again.</source>
        <translation>这些复本在离线时被两个借阅台同时借出。归还该复本即可结束两条借阅记录，然后再重新借出。</translation>
    </message>
    <message>
        <source>Overdue lists…</source>
        <translation>逾期名单…</translation>
    </message>
    <message>
        <source>Graduation clearance…</source>
        <translation>毕业清还…</translation>
    </message>
    <message>
        <source>No copy has barcode %1 and no reader has card number %1.</source>
        <translation>没有条码号为 %1 的复本，也没有读者证号为 %1 的读者。</translation>
    </message>
    <message>
        <source>Lent %1 to %2 — due %3</source>
        <translation>《%1》借给 %2 — 应还 %3</translation>
    </message>
    <message>
        <source>Their hold on this title is fulfilled.</source>
        <translation>该读者对此书的预约已完成。</translation>
    </message>
    <message>
        <source>Checked in %1 (%2): it was not on loan</source>
        <translation>《%1》(%2) 已入库：该书未处于借出状态</translation>
    </message>
    <message>
        <source>Returned %1 from %2</source>
        <translation>%2 归还《%1》</translation>
    </message>
    <message>
        <source>It had been lent twice (%1): both loans are closed.</source>
        <translation>该书曾被重复借出（%1）：两条借阅均已结束。</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Put it aside: held for %1 until %2</source>
        <translation>请留存：为 %1 预约保留至 %2</translation>
    </message>
    <message>
        <source>%1 cannot borrow (left the school).</source>
        <translation>%1 不能借书（已离校）。</translation>
    </message>
    <message>
        <source>Reader: %1 — scan the books</source>
        <translation>读者：%1 — 请扫描图书</translation>
    </message>
    <message>
        <source>Scan a reader&apos;s card, or a book to return it.</source>
        <translation>请扫描读者证，或扫描图书办理归还。</translation>
    </message>
    <message>
        <source>Renewed %1 — due %2</source>
        <translation>《%1》已续借 — 应还 %2</translation>
    </message>
    <message>
        <source>No reader selected</source>
        <translation>未选择读者</translation>
    </message>
    <message>
        <source>Scan a reader&apos;s card to lend books to them.</source>
        <translation>扫描读者证后即可为其借书。</translation>
    </message>
    <message>
        <source>left the school: cannot borrow</source>
        <translation>已离校：不能借书</translation>
    </message>
    <message>
        <source>On loan: %1</source>
        <translation>在借：%1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>逾期：%1</translation>
    </message>
    <message>
        <source>Holds ready: %1</source>
        <translation>预约到书：%1</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation>预约：%1</translation>
    </message>
    <message>
        <source>Copies lent twice (%1)</source>
        <translation>重复借出的复本（%1）</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CirculationListsDialog</name>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Students of:</source>
        <translation>学生范围：</translation>
    </message>
    <message>
        <source>My classes</source>
        <translation>我的班级</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <source>The top grade (%1)</source>
        <translation>毕业年级（%1）</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>%1 overdue loans of %2 students.</source>
        <translation>%2 名学生共 %1 册图书逾期。</translation>
    </message>
    <message>
        <source>%1 students have %2 books to return.</source>
        <translation>%1 名学生须归还 %2 册图书。</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CirculationReport</name>
    <message>
        <source>(no class)</source>
        <translation>（无班级）</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Overdue loans by class</source>
        <translation>各班逾期未还图书</translation>
    </message>
    <message>
        <source>Graduation clearance (毕业清还)</source>
        <translation>毕业清还</translation>
    </message>
    <message>
        <source>No loans are overdue.</source>
        <translation>没有逾期未还的图书。</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码号</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>%1 students have %2 books to return before they leave.</source>
        <translation>%1 名学生离校前须归还 %2 册图书。</translation>
    </message>
    <message>
        <source>Every book is back.</source>
        <translation>图书已全部归还。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>索书号</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CirculationRules</name>
    <message>
        <source>change the library&apos;s rules and calendar</source>
        <translation>修改图书馆的借阅规则和日历</translation>
    </message>
    <message>
        <source>Unknown reader type &quot;%1&quot;.</source>
        <translation>未知的读者类型“%1”。</translation>
    </message>
    <message>
        <source>Unknown item type &quot;%1&quot;.</source>
        <translation>未知的文献类型“%1”。</translation>
    </message>
    <message>
        <source>Loan days, maximum items and renewals must be zero or more.</source>
        <translation>借期天数、最多册数和续借次数不能为负数。</translation>
    </message>
    <message>
        <source>The library must open on at least one day of the week.</source>
        <translation>图书馆每周至少要开放一天。</translation>
    </message>
    <message>
        <source>A hold waits between 1 and 365 days.</source>
        <translation>预约保留天数须在 1 到 365 天之间。</translation>
    </message>
    <message>
        <source>A closed period needs a first and a last day.</source>
        <translation>闭馆时段需要开始日期和结束日期。</translation>
    </message>
    <message>
        <source>A closed period is at most a year.</source>
        <translation>闭馆时段最长一年。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ClassesModel</name>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生人数</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ClassesTab</name>
    <message>
        <source>Add class…</source>
        <translation>添加班级…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Show students</source>
        <translation>查看学生</translation>
    </message>
    <message>
        <source>Select a class to see the details.</source>
        <translation>选择班级以查看详细信息。</translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>添加班级</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>删除班级</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除“%1”？</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CliApp</name>
    <message>
        <source>Run &quot;schoolsuite-cli --help&quot; for the commands.</source>
        <translation>运行“schoolsuite-cli --help”查看可用命令。</translation>
    </message>
    <message>
        <source>Missing arguments.</source>
        <translation>缺少参数。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Usage: schoolsuite-cli [--data-dir DIR] [--lang zh_CN|en] COMMAND ...
       schoolsuite-cli --version

Commands:
</source>
        <translation>用法：schoolsuite-cli [--data-dir DIR] [--lang zh_CN|en] COMMAND ...
      schoolsuite-cli --version

命令：
</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ClipPlayer</name>
    <message>
        <source>This clip cannot be played on this computer: %1</source>
        <translation>本机无法播放这个片段：%1</translation>
    </message>
    <message>
        <source>The clip is missing from the board.</source>
        <translation>白板中缺少这个片段。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation>无法播放</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Conflicts</name>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>没有待处理的冲突 %1。</translation>
    </message>
    <message>
        <source>The conflict is about table %1, which this program does not have.</source>
        <translation>该冲突涉及数据表 %1，但本软件中没有这个表。</translation>
    </message>
    <message>
        <source>settle a conflict of %1</source>
        <translation>处理 %1 表中的冲突</translation>
    </message>
    <message>
        <source>The conflict names field %1, which table %2 does not have.</source>
        <translation>该冲突涉及的字段 %1 在数据表 %2 中不存在。</translation>
    </message>
    <message>
        <source>Rows of %1 are not changed here.</source>
        <translation>%1 表中的记录不能在本机修改。</translation>
    </message>
    <message>
        <source>The record of this conflict is not on this device yet; sync first.</source>
        <translation>本机还没有这条冲突涉及的记录，请先同步。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ConflictsModel</name>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>是否已删除</translation>
    </message>
    <message>
        <source>Kept value by</source>
        <translation>当前值修改人</translation>
    </message>
    <message>
        <source>Other value by</source>
        <translation>另一个值修改人</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CopyCatForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>题名(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>责任者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>出版者(&amp;P)：</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>出版地(&amp;C)：</translation>
    </message>
    <message>
        <source>Se&amp;ries:</source>
        <translation>丛书(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;ubjects:</source>
        <translation>主题词(&amp;U)：</translation>
    </message>
    <message>
        <source>separated by ；</source>
        <translation>以“；”分隔</translation>
    </message>
    <message>
        <source>&amp;ISBN:</source>
        <translation>ISBN(&amp;I)：</translation>
    </message>
    <message>
        <source>C&amp;lass number:</source>
        <translation>分类号(&amp;L)：</translation>
    </message>
    <message>
        <source>CLC, such as I247.5</source>
        <translation>中图法，如 I247.5</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>出版年(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>版次(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation>价格(&amp;R)：</translation>
    </message>
    <message>
        <source>yuan, such as 25.00</source>
        <translation>元，如 25.00</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>页数(&amp;G)：</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>提要(&amp;M)：</translation>
    </message>
    <message>
        <source>Year: &quot;%1&quot; is not a year like 2015.</source>
        <translation>出版年：“%1”不是年份（如 2015）。</translation>
    </message>
    <message>
        <source>Price: &quot;%1&quot; is not an amount in yuan.</source>
        <translation>价格：“%1”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>Pages: &quot;%1&quot; is not a number of pages.</source>
        <translation>页数：“%1”不是页数。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CopyCatSave</name>
    <message>
        <source>Copies: between 1 and 1000 at a time.</source>
        <translation>复本数：每次 1 到 1000 册。</translation>
    </message>
    <message>
        <source>Call number: &quot;%1&quot; is not a class number and 种次号 like I247.5/12.</source>
        <translation>索书号：“%1”不是“分类号/种次号”的形式（如 I247.5/12）。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CopyCataloguing</name>
    <message>
        <source>Local catalog</source>
        <translation>本馆目录</translation>
    </message>
    <message>
        <source>District union catalog</source>
        <translation>区县联合目录</translation>
    </message>
    <message>
        <source>Z39.50</source>
        <translation>Z39.50</translation>
    </message>
    <message>
        <source>SRU</source>
        <translation>SRU</translation>
    </message>
    <message>
        <source>Scan or type an ISBN.</source>
        <translation>请扫描或输入 ISBN。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISBN.</source>
        <translation>“%1”不是 ISBN。</translation>
    </message>
    <message>
        <source>This library&apos;s catalog</source>
        <translation>本馆目录</translation>
    </message>
    <message>
        <source>The library has no title with this ISBN yet.</source>
        <translation>本馆尚无此 ISBN 的题名。</translation>
    </message>
    <message numerus="yes">
        <source>The library has %n title(s) with this ISBN: add copies.</source>
        <translation>
            <numerusform>本馆已有 %n 种此 ISBN 的题名：请添加复本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked: the book was found already.</source>
        <translation>未检索：前面已找到此书。</translation>
    </message>
    <message>
        <source>The district has set no Z39.50 or SRU target.</source>
        <translation>区县尚未设置 Z39.50 或 SRU 检索目标。</translation>
    </message>
    <message>
        <source>The target %1 cannot be reached (%2).</source>
        <translation>无法连接检索目标 %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>The target %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>检索目标 %1 在 %n 秒内没有应答。</numerusform>
        </translation>
    </message>
    <message>
        <source>The target %1 closed the connection.</source>
        <translation>检索目标 %1 关闭了连接。</translation>
    </message>
    <message>
        <source>The target %1 refused the connection (%2).</source>
        <translation>检索目标 %1 拒绝了连接（%2）。</translation>
    </message>
    <message>
        <source>The target %1 answered something that is not Z39.50 or SRU.</source>
        <translation>检索目标 %1 的应答不是 Z39.50 或 SRU。</translation>
    </message>
    <message>
        <source>The target %1 reported an error: %2 (%3).</source>
        <translation>检索目标 %1 报告错误：%2（%3）。</translation>
    </message>
    <message>
        <source>The target has no record with this ISBN.</source>
        <translation>检索目标没有此 ISBN 的书目记录。</translation>
    </message>
    <message>
        <source>The target&apos;s records could not be read (%1).</source>
        <translation>无法读取检索目标返回的记录（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>找到 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer is not enrolled with the district, so the union catalog cannot be asked.</source>
        <translation>本机尚未注册到区县平台，无法检索联合目录。</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>无法读取系统钥匙串：%1</translation>
    </message>
    <message>
        <source>The keychain holds no credential for this computer; enroll it again.</source>
        <translation>系统钥匙串中没有本机的凭据，请重新注册本机。</translation>
    </message>
    <message numerus="yes">
        <source>District union catalog: %n school(s)</source>
        <translation>
            <numerusform>区县联合目录：%n 所学校</numerusform>
        </translation>
    </message>
    <message>
        <source>The district server %1 is not an https:// address.</source>
        <translation>区县服务器 %1 不是 https:// 地址。</translation>
    </message>
    <message>
        <source>The district server %1 cannot be reached (%2).</source>
        <translation>无法连接区县服务器 %1（%2）。</translation>
    </message>
    <message>
        <source>The district server refused the look-up (%1: %2).</source>
        <translation>区县服务器拒绝了检索（%1：%2）。</translation>
    </message>
    <message>
        <source>The district server %1 gave an answer that is not the union catalog&apos;s (%2).</source>
        <translation>区县服务器 %1 的应答不是联合目录的应答（%2）。</translation>
    </message>
    <message>
        <source>No school of the district has this ISBN.</source>
        <translation>区县内没有学校收藏此 ISBN 的图书。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CopyDialog</name>
    <message>
        <source>Copy %1</source>
        <translation>复本 %1</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>条码号(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Call number:</source>
        <translation>索书号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>馆藏位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Shelf:</source>
        <translation>书架(&amp;S)：</translation>
    </message>
    <message>
        <source>Item type:</source>
        <translation>文献类型：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CountdownOverlay</name>
    <message>
        <source>−1 min</source>
        <translation>−1 分钟</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 分钟</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Time&apos;s up!</source>
        <translation>时间到！</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CredentialStore</name>
    <message>
        <source>no keychain service is available (on Linux: gnome-keyring or KWallet must be running)</source>
        <translation>没有可用的系统钥匙串服务（Linux 上需要运行 gnome-keyring 或 KWallet）</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>The system keychain could not store the device credential: %1</source>
        <translation>系统钥匙串无法保存本机凭据：%1</translation>
    </message>
    <message>
        <source>The system keychain could not store the sign-in token: %1</source>
        <translation>系统钥匙串无法保存登录令牌：%1</translation>
    </message>
    <message>
        <source>The system keychain could not store the secret “%1”: %2</source>
        <translation>系统钥匙串无法保存保密信息“%1”：%2</translation>
    </message>
    <message>
        <source>The system keychain could not read the device credential: %1</source>
        <translation>系统钥匙串无法读取本机凭据：%1</translation>
    </message>
    <message>
        <source>The system keychain could not read the sign-in token: %1</source>
        <translation>系统钥匙串无法读取登录令牌：%1</translation>
    </message>
    <message>
        <source>The system keychain could not read the secret “%1”: %2</source>
        <translation>系统钥匙串无法读取保密信息“%1”：%2</translation>
    </message>
    <message>
        <source>The system keychain could not remove the device credential: %1</source>
        <translation>系统钥匙串无法删除本机凭据：%1</translation>
    </message>
    <message>
        <source>The system keychain could not remove the sign-in token: %1</source>
        <translation>系统钥匙串无法删除登录令牌：%1</translation>
    </message>
    <message>
        <source>The system keychain could not remove the secret “%1”: %2</source>
        <translation>系统钥匙串无法删除保密信息“%1”：%2</translation>
    </message>
    <message>
        <source>you refused access</source>
        <translation>你拒绝了访问</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a SchoolSuite database or is damaged (%2). Restore it from a backup.</source>
        <translation>%1 不是 SchoolSuite 数据库或已损坏（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <source>Cannot open a read connection to %1: %2</source>
        <translation>无法打开到 %1 的读取连接：%2</translation>
    </message>
    <message>
        <source>Database error: %1 in %2</source>
        <translation>数据库错误：%1（语句：%2）</translation>
    </message>
    <message>
        <source>Changes are written on the thread that opened the store.</source>
        <translation>只能在打开数据库的线程上写入更改。</translation>
    </message>
    <message>
        <source>Work for the commit was given outside a transaction.</source>
        <translation>在事务之外登记了提交前的工作。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::DemoSchool</name>
    <message>
        <source>This store already holds a school; use an empty data folder for the demo.</source>
        <translation>此本地数据库中已有学校，请使用空的数据文件夹创建演示学校。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::DeskLogModel</name>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>续借</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::DistrictAuth</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this name. The district platform accepts the next attempt in a few minutes.</source>
        <translation>此用户名登录失败次数过多，请过几分钟再试。</translation>
    </message>
    <message>
        <source>This account is disabled or belongs to another school.</source>
        <translation>此账户已停用，或属于其他学校。</translation>
    </message>
    <message>
        <source>The district platform gave the account %1 a role this program does not know (%2).</source>
        <translation>区县平台为账户 %1 设置的角色（%2）本软件无法识别。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::DrillDownModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tag / number</source>
        <translation>资产编号 / 工号</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>明细</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EnrollmentWidget</name>
    <message>
        <source>Enroll this computer…</source>
        <translation>注册本机…</translation>
    </message>
    <message>
        <source>Not enrolled: this computer works on its own and keeps every change until it is enrolled with the district platform.</source>
        <translation>尚未注册：本机单独工作，所有修改都保存在本机，注册到区县平台后再同步。</translation>
    </message>
    <message>
        <source>Enrolled with %1 for %2 (%3). Device %4.</source>
        <translation>已注册到 %1（%2、%3），设备 %4。</translation>
    </message>
    <message>
        <source>Enroll again…</source>
        <translation>重新注册…</translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation>注册本机</translation>
    </message>
    <message>
        <source>The district&apos;s information centre gives each school a one-time enrollment key.</source>
        <translation>区县信息中心会给每所学校一个一次性注册密钥。</translation>
    </message>
    <message>
        <source>District &amp;address:</source>
        <translation>区县平台地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;School code:</source>
        <translation>学校代码(&amp;S)：</translation>
    </message>
    <message>
        <source>Enrollment &amp;key:</source>
        <translation>注册密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>District certificate</source>
        <translation>区县平台证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书文件 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Enter the district address, the school code and the key.</source>
        <translation>请填写区县平台地址、学校代码和注册密钥。</translation>
    </message>
    <message>
        <source>only if the district uses its own certificate authority</source>
        <translation>仅当区县平台使用自己的证书颁发机构时填写</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EquipmentFields</name>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>保修截止日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EquipmentImport</name>
    <message>
        <source>import equipment</source>
        <translation>导入设备</translation>
    </message>
    <message>
        <source>the file needs a column 名称 (name) or 资产编号 (asset_tag).</source>
        <translation>文件中需要有“名称”或“资产编号”列。</translation>
    </message>
    <message>
        <source>%1 appears again (first in row %2).</source>
        <translation>%1 重复出现（第一次在第 %2 行）。</translation>
    </message>
    <message>
        <source>a new item needs a name.</source>
        <translation>新设备必须有名称。</translation>
    </message>
    <message>
        <source>a new item needs a category.</source>
        <translation>新设备必须有分类。</translation>
    </message>
    <message>
        <source>%1 added, %2 updated</source>
        <translation>新增 %1 条，更新 %2 条</translation>
    </message>
    <message>
        <source>export equipment</source>
        <translation>导出设备</translation>
    </message>
    <message>
        <source>edit equipment</source>
        <translation>修改设备</translation>
    </message>
    <message>
        <source>%1 is not a field of an item (use the import headers, such as room or 位置).</source>
        <translation>%1 不是设备的字段（请使用导入表头，例如 room 或 位置）。</translation>
    </message>
    <message>
        <source>%1 new items need an asset tag and this computer holds %2 tags until it syncs. Sync with the district (the next sync asks for enough tags), then import again.</source>
        <translation>有 %1 件新设备需要资产编号，而本机在同步前只持有 %2 个编号。请先与区县平台同步（下一次同步会申请足够的编号），然后重新导入。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EquipmentItemsModel</name>
    <message>
        <source>view equipment</source>
        <translation>查看设备</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EquipmentModule</name>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>保修截止日期</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Equipment categories</source>
        <translation>设备分类</translation>
    </message>
    <message>
        <source>Equipment models</source>
        <translation>设备型号</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Equipment history</source>
        <translation>设备履历</translation>
    </message>
    <message>
        <source>Timetable periods</source>
        <translation>作息时间</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>设备预约</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Maintenance plans</source>
        <translation>保养计划</translation>
    </message>
    <message>
        <source>Maintenance done</source>
        <translation>保养记录</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Stocktake scans</source>
        <translation>盘点扫码记录</translation>
    </message>
    <message>
        <source>Scrapping requests</source>
        <translation>报废申请</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>经费来源</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EquipmentPage</name>
    <message>
        <source>Register</source>
        <translation>资产登记</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维修保养</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Scrapping and value</source>
        <translation>报废与价值</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>This computer…</source>
        <translation>本机…</translation>
    </message>
    <message>
        <source>Register the computer you are using as an asset, or find it in the register</source>
        <translation>把正在使用的这台电脑登记为资产，或在登记簿中找到它</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EquipmentService</name>
    <message>
        <source>view equipment</source>
        <translation>查看设备</translation>
    </message>
    <message>
        <source>There is no equipment category %1.</source>
        <translation>没有设备分类 %1。</translation>
    </message>
    <message>
        <source>add equipment models</source>
        <translation>添加设备型号</translation>
    </message>
    <message>
        <source>Model: the model needs a name.</source>
        <translation>型号：请填写型号名称。</translation>
    </message>
    <message>
        <source>edit equipment categories</source>
        <translation>修改设备分类</translation>
    </message>
    <message>
        <source>Code: the code %1 is taken.</source>
        <translation>代码：代码 %1 已被使用。</translation>
    </message>
    <message>
        <source>%1 is in use (%2 items, %3 subcategories, %4 models) and stays.</source>
        <translation>“%1”正在使用中（%2 台设备、%3 个子分类、%4 个型号），不能删除。</translation>
    </message>
    <message>
        <source>%1: this field is required.</source>
        <translation>%1：此项必须填写。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (use 2024-09-01).</source>
        <translation>%1：“%2”不是日期（例如 2024-09-01）。</translation>
    </message>
    <message>
        <source>%1: use yes or no, not &quot;%2&quot;.</source>
        <translation>%1：请填“是”或“否”，不能填“%2”。</translation>
    </message>
    <message>
        <source>%1: at most 200 characters.</source>
        <translation>%1：最多 200 个字符。</translation>
    </message>
    <message>
        <source>%1: not a field of this category.</source>
        <translation>%1：不是这个分类的字段。</translation>
    </message>
    <message>
        <source>register equipment</source>
        <translation>登记设备</translation>
    </message>
    <message>
        <source>No free asset tag was found in this computer&apos;s block.</source>
        <translation>本机领取的编号段中没有可用的资产编号了。</translation>
    </message>
    <message>
        <source>add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photo: %1 is not a SHA-256 checksum.</source>
        <translation>照片：%1 不是 SHA-256 校验值。</translation>
    </message>
    <message>
        <source>remove photos</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>move equipment</source>
        <translation>调拨设备</translation>
    </message>
    <message>
        <source>a %1 item cannot be moved.</source>
        <translation>状态为“%1”的设备不能调拨。</translation>
    </message>
    <message>
        <source>assign equipment</source>
        <translation>分配设备</translation>
    </message>
    <message>
        <source>a %1 item cannot be assigned.</source>
        <translation>状态为“%1”的设备不能分配。</translation>
    </message>
    <message>
        <source>lend equipment</source>
        <translation>借出设备</translation>
    </message>
    <message>
        <source>Borrower: say who borrows the item.</source>
        <translation>借用人：请填写借用人。</translation>
    </message>
    <message>
        <source>Due date: choose a day from today on.</source>
        <translation>归还日期：请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>only an item in stock or in use can be lent (it is %1).</source>
        <translation>只有在库或在用的设备可以借出（当前为“%1”）。</translation>
    </message>
    <message>
        <source>take back equipment</source>
        <translation>归还设备</translation>
    </message>
    <message>
        <source>it is not lent.</source>
        <translation>该设备没有借出。</translation>
    </message>
    <message>
        <source>send equipment to repair</source>
        <translation>送修设备</translation>
    </message>
    <message>
        <source>a %1 item cannot go to repair.</source>
        <translation>状态为“%1”的设备不能送修。</translation>
    </message>
    <message>
        <source>record a repair</source>
        <translation>记录修复</translation>
    </message>
    <message>
        <source>it is not in repair.</source>
        <translation>该设备不在维修中。</translation>
    </message>
    <message>
        <source>report equipment lost</source>
        <translation>报告设备丢失</translation>
    </message>
    <message>
        <source>a %1 item cannot be lost.</source>
        <translation>状态为“%1”的设备不能报告丢失。</translation>
    </message>
    <message>
        <source>report equipment found</source>
        <translation>报告设备找到</translation>
    </message>
    <message>
        <source>it is not lost.</source>
        <translation>该设备没有丢失。</translation>
    </message>
    <message>
        <source>scrap equipment</source>
        <translation>报废设备</translation>
    </message>
    <message>
        <source>it is scrapped already.</source>
        <translation>该设备已经报废。</translation>
    </message>
    <message>
        <source>change the status of equipment</source>
        <translation>修改设备状态</translation>
    </message>
    <message>
        <source>a scrapped item stays scrapped.</source>
        <translation>已报废的设备不能改回其他状态。</translation>
    </message>
    <message>
        <source>change equipment</source>
        <translation>修改设备</translation>
    </message>
    <message>
        <source>No asset tags were scanned.</source>
        <translation>还没有扫描任何资产编号。</translation>
    </message>
    <message>
        <source>Nothing was changed: these asset tags are not ours: %1.</source>
        <translation>没有做任何修改：以下资产编号不是本校的：%1。</translation>
    </message>
    <message>
        <source>There is no item with asset tag %1.</source>
        <translation>没有资产编号为 %1 的设备。</translation>
    </message>
    <message>
        <source>%1: there is no room %2.</source>
        <translation>%1：没有场所 %2。</translation>
    </message>
    <message>
        <source>%1: there is no staff member %2.</source>
        <translation>%1：没有教职工 %2。</translation>
    </message>
    <message>
        <source>an item needs an asset tag.</source>
        <translation>设备必须有资产编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag (at most 40 characters, no spaces).</source>
        <translation>“%1”不是有效的资产编号（最多 40 个字符，不能有空格）。</translation>
    </message>
    <message>
        <source>%1 is already the tag of %2.</source>
        <translation>%1 已经是“%2”的资产编号。</translation>
    </message>
    <message>
        <source>an item needs a name.</source>
        <translation>设备必须有名称。</translation>
    </message>
    <message>
        <source>at most 100 characters.</source>
        <translation>最多 100 个字符。</translation>
    </message>
    <message>
        <source>choose a category.</source>
        <translation>请选择分类。</translation>
    </message>
    <message>
        <source>there is no category %1.</source>
        <translation>没有分类 %1。</translation>
    </message>
    <message>
        <source>there is no model %1.</source>
        <translation>没有型号 %1。</translation>
    </message>
    <message>
        <source>%1 is not a plausible purchase date (1950 to today).</source>
        <translation>%1 不是合理的购置日期（1950 年至今天）。</translation>
    </message>
    <message>
        <source>the warranty cannot end before the purchase.</source>
        <translation>保修截止日期不能早于购置日期。</translation>
    </message>
    <message>
        <source>a price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>edit equipment</source>
        <translation>修改设备</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::HoldsModel</name>
    <message>
        <source>Ready: %1</source>
        <translation>已到书：%1</translation>
    </message>
    <message>
        <source>Waiting (no. %1 in the queue)</source>
        <translation>等候中（排第 %1 位）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保留至</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::HomePage</name>
    <message>
        <source>Welcome, %1.</source>
        <translation>%1，欢迎您！</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>教职工</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Classrooms with multimedia</source>
        <translation>配备多媒体的教室</translation>
    </message>
    <message>
        <source>Staff with ed-tech training</source>
        <translation>参加过教育技术培训的教职工</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>近期操作</translation>
    </message>
    <message>
        <source>Your recent activity</source>
        <translation>我的近期操作</translation>
    </message>
    <message>
        <source>District notices</source>
        <translation>区县通知</translation>
    </message>
    <message>
        <source>This school is not connected to a district platform yet. Notices from the education bureau appear here after the first sync.</source>
        <translation>本校尚未接入区县平台。首次同步后，教育局的通知将显示在这里。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1%（%2/%3）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message numerus="yes">
        <source>Working offline. %n change(s) wait to be sent to the district.</source>
        <translation>
            <numerusform>离线工作中，有 %n 项修改等待发送到区县平台。</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline. Nothing waits to be sent.</source>
        <translation>离线工作中，没有待发送的修改。</translation>
    </message>
    <message>
        <source>No notices from the district yet.</source>
        <translation>暂无区县通知。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ImportDonePage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Added: %1. Updated: %2. Unchanged: %3.</source>
        <translation>新增 %1 条，更新 %2 条，%3 条无变化。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one header row. Nothing is imported before you have seen the preview.</source>
        <translation>含一行表头的 CSV 文件或 Excel 工作簿（.xlsx）。在您查看预览之前，不会导入任何数据。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>GB18030 (Chinese Excel)</source>
        <translation>GB18030（中文版 Excel）</translation>
    </message>
    <message>
        <source>Only CSV files have an encoding; workbooks are always read correctly.</source>
        <translation>只有 CSV 文件需要选择编码，Excel 工作簿总能正确读取。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation>表格文件 (*.xlsx *.csv *.txt);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>文件表头下方没有数据行。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Choose the field each column of the file holds. Columns set to &quot;Do not import&quot; are skipped. Fields marked * are required.</source>
        <translation>为文件中的每一列选择对应的字段。设为“不导入”的列将被跳过。标有 * 的字段为必填项。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Required fields without a column: %1.</source>
        <translation>以下必填字段没有对应的列：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Fields chosen for more than one column: %1.</source>
        <translation>以下字段对应了多个列：%1。</translation>
    </message>
    <message>
        <source>%1 of %2 columns will be imported.</source>
        <translation>将导入 %2 列中的 %1 列。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ImportPreviewPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查数据行</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. The import is all or nothing: correct the rows listed below in the file, save it and check again.</source>
        <translation>写入之前会逐行检查。导入要么全部完成，要么全部不导入：请在文件中更正下列各行，保存后重新检查。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Read the file again and check it (after you corrected it)</source>
        <translation>（更正文件后）重新读取并检查文件</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rows.</source>
        <translation>仅显示 %2 行中的前 %1 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>文件共有 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 rows are correct: %2 new, %3 updated, %4 unchanged. Press Import to write them.</source>
        <translation>全部 %1 行均正确：新增 %2 条，更新 %3 条，%4 条无变化。点击“导入”写入数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1 row(s). Nothing can be imported until they are corrected.</source>
        <translation>
            <numerusform>在 %1 行中发现 %n 个问题。更正之前无法导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read again.</source>
        <translation>无法重新读取该文件。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ImportReport</name>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorCard</name>
    <message>
        <source>Target %1 (district)</source>
        <translation>目标 %1（区里）</translation>
    </message>
    <message>
        <source>Target %1 (plan)</source>
        <translation>目标 %1（规划）</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>仅供参考</translation>
    </message>
    <message>
        <source>No target this year</source>
        <translation>本年度无目标</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ 达标</translation>
    </message>
    <message>
        <source>✗ Not met</source>
        <translation>✗ 未达标</translation>
    </message>
    <message>
        <source>Recorded %1: %2</source>
        <translation>记录于 %1：%2</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorChart</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>School, 10,000 yuan</source>
        <translation>本校（万元）</translation>
    </message>
    <message>
        <source>School</source>
        <translation>本校</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorData</name>
    <message>
        <source>Not in a class</source>
        <translation>未分班</translation>
    </message>
    <message>
        <source>Grade %1 class %2</source>
        <translation>%1 年级 %2 班</translation>
    </message>
    <message>
        <source>bought %1</source>
        <translation>%1 购置</translation>
    </message>
    <message>
        <source>%1 teachers / %2 computers for teachers</source>
        <translation>%1 名教师 / %2 台教师用计算机</translation>
    </message>
    <message>
        <source>%1 students / %2 computers for students</source>
        <translation>%1 名学生 / %2 台学生用计算机</translation>
    </message>
    <message>
        <source>Marked as a multimedia room; no equipment on record</source>
        <translation>标记为多媒体教室，尚未登记设备</translation>
    </message>
    <message>
        <source>No whiteboard, projector or multimedia podium on record in this room</source>
        <translation>本教室没有登记电子白板、投影仪或多媒体讲台</translation>
    </message>
    <message>
        <source>Not marked as a multimedia room; no equipment on record</source>
        <translation>未标记为多媒体教室，也没有登记设备</translation>
    </message>
    <message>
        <source>%1 of %2 classrooms</source>
        <translation>%2 间普通教室中 %1 间</translation>
    </message>
    <message>
        <source>%1 of %2 functional rooms</source>
        <translation>%2 间功能教室中 %1 间</translation>
    </message>
    <message>
        <source>In place since %1</source>
        <translation>%1 年建成</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>School setting</source>
        <translation>学校设置</translation>
    </message>
    <message>
        <source>Trained (no date)</source>
        <translation>已培训（未填日期）</translation>
    </message>
    <message>
        <source>Trained on %1</source>
        <translation>%1 培训</translation>
    </message>
    <message>
        <source>Trained later, on %1</source>
        <translation>此后于 %1 培训</translation>
    </message>
    <message>
        <source>%1 of %2 teachers</source>
        <translation>%2 名教师中 %1 名</translation>
    </message>
    <message>
        <source>service life %1 years, ended %2</source>
        <translation>使用年限 %1 年，%2 到期</translation>
    </message>
    <message>
        <source>%1 of %2 computers in service</source>
        <translation>%2 台在用计算机中 %1 台</translation>
    </message>
    <message>
        <source>Funding source not recorded</source>
        <translation>未填写经费来源</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n 名学生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Teaching staff (%n)</source>
        <translation>
            <numerusform>专任教师（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computers for teachers (%n)</source>
        <translation>
            <numerusform>教师用计算机（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolled students by class (%n)</source>
        <translation>
            <numerusform>在籍学生，按班级（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computers for students (%n)</source>
        <translation>
            <numerusform>学生用计算机（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classrooms with multimedia (%n)</source>
        <translation>
            <numerusform>有多媒体设备的普通教室（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classrooms without multimedia (%n)</source>
        <translation>
            <numerusform>没有多媒体设备的普通教室（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Functional rooms with multimedia (%n)</source>
        <translation>
            <numerusform>有多媒体设备的功能教室（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Functional rooms without multimedia (%n)</source>
        <translation>
            <numerusform>没有多媒体设备的功能教室（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Network equipment in service (%n)</source>
        <translation>
            <numerusform>在用网络设备（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trained (%n)</source>
        <translation>
            <numerusform>已培训（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet trained (%n)</source>
        <translation>
            <numerusform>尚未培训（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computers past their service life (%n)</source>
        <translation>
            <numerusform>超过使用年限的计算机（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) bought</source>
        <translation>
            <numerusform>购置 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorPdf</name>
    <message>
        <source>✓ Met</source>
        <translation>✓ 达标</translation>
    </message>
    <message>
        <source>✗ Not met</source>
        <translation>✗ 未达标</translation>
    </message>
    <message>
        <source>Educational informatization indicators — supervision report</source>
        <translation>教育信息化指标督导评估报告</translation>
    </message>
    <message>
        <source>Year %1, as of %2</source>
        <translation>%1 年度，统计截至 %2</translation>
    </message>
    <message>
        <source>Targets: the district&apos;s targets for %1</source>
        <translation>目标：区教育局下发的 %1 年度目标</translation>
    </message>
    <message>
        <source>Targets: the district plan (通昌政办发〔2015〕8号) until the district sends its own</source>
        <translation>目标：区规划（通昌政办发〔2015〕8号）的数值（区里尚未下发目标）</translation>
    </message>
    <message>
        <source>The year&apos;s figures were recorded on %1; recorded values in brackets.</source>
        <translation>本年度数据已于 %1 记录，括号内为记录值。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>School</source>
        <translation>本校</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>统计依据</translation>
    </message>
    <message>
        <source>Spending on equipment bought in %1, per funding source</source>
        <translation>%1 年购置设备经费（按经费来源）</translation>
    </message>
    <message>
        <source>Nothing with a price was bought in the year.</source>
        <translation>本年度没有登记价格的购置。</translation>
    </message>
    <message>
        <source>Funding source not recorded</source>
        <translation>未填写经费来源</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>Prepared by: %1        Date: %2        Principal&apos;s signature:</source>
        <translation>制表：%1        日期：%2        校长签字：</translation>
    </message>
    <message>
        <source>The indicators over the years against their targets</source>
        <translation>各项指标历年变化与目标对比</translation>
    </message>
    <message>
        <source>Filled dots: recorded figures; hollow dots: computed from today&apos;s register; green: target met, red: missed; dashed: the target.</source>
        <translation>实心点：已记录的年度数据；空心点：按现有登记推算；绿色：达标，红色：未达标；虚线：目标。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Informatization indicators %1</source>
        <translation>%1 年度信息化指标</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorPdf::Flow</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Indicators</name>
    <message>
        <source>Teachers per computer</source>
        <translation>师机比</translation>
    </message>
    <message>
        <source>Students per computer</source>
        <translation>生机比</translation>
    </message>
    <message>
        <source>Classrooms with multimedia</source>
        <translation>班级多媒体设备配备率</translation>
    </message>
    <message>
        <source>Functional rooms with multimedia</source>
        <translation>功能教室多媒体设备配备率</translation>
    </message>
    <message>
        <source>Campus network</source>
        <translation>校园网</translation>
    </message>
    <message>
        <source>Teachers trained in educational technology</source>
        <translation>教师教育技术能力培训</translation>
    </message>
    <message>
        <source>Computers past service life</source>
        <translation>超过使用年限的计算机</translation>
    </message>
    <message>
        <source>Equipment spending</source>
        <translation>设备经费</translation>
    </message>
    <message>
        <source>Active teaching staff per computer for teachers&apos; use that is neither lost nor scrapped. Lower is better.</source>
        <translation>在职专任教师人数与教师用计算机（不含丢失、报废）台数之比，越低越好。</translation>
    </message>
    <message>
        <source>Enrolled students per computer for students&apos; use that is neither lost nor scrapped. Lower is better.</source>
        <translation>在籍学生人数与学生用计算机（不含丢失、报废）台数之比，越低越好。</translation>
    </message>
    <message>
        <source>General classrooms with an interactive whiteboard, projector or multimedia podium in them; a room with no equipment on record counts by its multimedia mark.</source>
        <translation>装有交互式电子白板、投影仪或多媒体讲台的普通教室所占比例；尚未登记任何设备的教室按“多媒体”标记计算。</translation>
    </message>
    <message>
        <source>Computer labs, e-preparation and e-reading rooms, library, laboratories and multimedia rooms with multimedia equipment, counted as for classrooms.</source>
        <translation>计算机网络教室、电子备课室、电子阅览室、图书室、实验室和多媒体教室中配有多媒体设备的比例，算法同班级。</translation>
    </message>
    <message>
        <source>Whether the school&apos;s campus network is in place (set below by the principal or clerk).</source>
        <translation>学校是否已建成校园网（由校长或文员在下方设置）。</translation>
    </message>
    <message>
        <source>Share of active teaching staff trained in educational technology by the end of the year.</source>
        <translation>到年底已参加教育技术能力培训的在职专任教师所占比例。</translation>
    </message>
    <message>
        <source>Computers in service whose category&apos;s service life has run out: the list for replacement planning.</source>
        <translation>已超过所属分类使用年限的在用计算机，供制定更新计划参考。</translation>
    </message>
    <message>
        <source>Price of the equipment bought in the year, per funding source.</source>
        <translation>当年购置设备的金额，按经费来源分列。</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>已建成</translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation>未建成</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n 台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorsModule</name>
    <message>
        <source>Indicators</source>
        <translation>信息化指标</translation>
    </message>
    <message>
        <source>Indicator settings</source>
        <translation>指标设置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Recorded indicators</source>
        <translation>年度指标记录</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorsPage</name>
    <message>
        <source>Details and trend</source>
        <translation>明细与趋势</translation>
    </message>
    <message>
        <source>All charts</source>
        <translation>全部趋势图</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Record the year&apos;s figures</source>
        <translation>记录本年度数据(&amp;R)</translation>
    </message>
    <message>
        <source>Keep the figures as they are now, so the charts show this year as it was when later years have changed the register.</source>
        <translation>按现在的情况保存本年度数据，以后登记变化时，趋势图仍显示这一年当时的数字。</translation>
    </message>
    <message>
        <source>Supervision &amp;report (PDF)…</source>
        <translation>督导评估报告（PDF）(&amp;P)…</translation>
    </message>
    <message>
        <source>Campus network in place since</source>
        <translation>已建成校园网，建成年份</translation>
    </message>
    <message>
        <source>How it is connected, e.g. fibre to the district network</source>
        <translation>接入方式，例如：光纤接入教育城域网</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>As of %1: %2 of %3 targets met.</source>
        <translation>统计截至 %1：%3 项目标中达标 %2 项。</translation>
    </message>
    <message>
        <source>Targets sent by the district (%1).</source>
        <translation>目标由区里下发（%1 年度）。</translation>
    </message>
    <message>
        <source>Targets of the district plan; the district has sent none.</source>
        <translation>目标采用区规划数值，区里尚未下发。</translation>
    </message>
    <message>
        <source>Recorded on %1.</source>
        <translation>已于 %1 记录。</translation>
    </message>
    <message>
        <source>Campus network</source>
        <translation>校园网</translation>
    </message>
    <message>
        <source>Record the year&apos;s figures</source>
        <translation>记录本年度数据</translation>
    </message>
    <message>
        <source>Supervision report</source>
        <translation>督导评估报告</translation>
    </message>
    <message>
        <source>indicators-%1.pdf</source>
        <translation>信息化指标-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1 (%2 pages).</source>
        <translation>报告已保存到 %1（共 %2 页）。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorsService</name>
    <message>
        <source>The campus network year must lie between 1990 and %1.</source>
        <translation>校园网建成年份应在 1990 年至 %1 年之间。</translation>
    </message>
    <message>
        <source>%1 has not begun; only past years and this year can be recorded.</source>
        <translation>%1 年还没有开始，只能记录往年和本年度的数据。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Isbn</name>
    <message>
        <source>an ISBN has only digits, hyphens and a final X</source>
        <translation>ISBN 只能包含数字、连字符和末位的 X</translation>
    </message>
    <message>
        <source>only the last character of an ISBN-10 may be X</source>
        <translation>ISBN-10 只有最后一位可以是 X</translation>
    </message>
    <message>
        <source>the check digit should be %1</source>
        <translation>校验位应为 %1</translation>
    </message>
    <message>
        <source>an ISBN-13 has only digits</source>
        <translation>ISBN-13 只能包含数字</translation>
    </message>
    <message>
        <source>an ISBN-13 starts with 978 or 979</source>
        <translation>ISBN-13 以 978 或 979 开头</translation>
    </message>
    <message>
        <source>an ISBN has 10 or 13 digits, not %1</source>
        <translation>ISBN 应为 10 位或 13 位，而不是 %1 位</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IsbnLookupDialog</name>
    <message>
        <source>Catalogue by ISBN</source>
        <translation>ISBN 套录编目</translation>
    </message>
    <message>
        <source>Scan the barcode on the back cover, or type an ISBN</source>
        <translation>扫描封底条码，或输入 ISBN</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>检索(&amp;L)</translation>
    </message>
    <message>
        <source>IS&amp;BN:</source>
        <translation>ISBN(&amp;B)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>书目记录</translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation>检索结果(&amp;F)：</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>复本</translation>
    </message>
    <message>
        <source>The 种次号 is given out when you save; type another call number to keep the one on the book.</source>
        <translation>种次号在保存时分配；如要沿用书上原有的索书号，请在此输入。</translation>
    </message>
    <message>
        <source>Call n&amp;umber:</source>
        <translation>索书号(&amp;U)：</translation>
    </message>
    <message>
        <source>Number of c&amp;opies:</source>
        <translation>复本数(&amp;O)：</translation>
    </message>
    <message>
        <source>Locatio&amp;n:</source>
        <translation>馆藏地点(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;helf:</source>
        <translation>书架(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing found: type the record</source>
        <translation>未找到：请录入书目记录</translation>
    </message>
    <message>
        <source>This book is in the catalog already: Save adds copies to it (and keeps any change you make to the record).</source>
        <translation>本馆已收藏此书：保存将为其添加复本（对书目记录的修改也会一并保存）。</translation>
    </message>
    <message>
        <source>No source has a record of ISBN %1: type the record, then save.</source>
        <translation>各来源均无 ISBN %1 的书目记录：请录入后保存。</translation>
    </message>
    <message numerus="yes">
        <source>Catalogued 《%1》: %n cop(ies), call number %2, barcodes %3.</source>
        <translation>
            <numerusform>已编目《%1》：%n 册，索书号 %2，条码号 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n cop(ies) of 《%1》, call number %2, barcodes %3.</source>
        <translation>
            <numerusform>已为《%1》添加 %n 册复本，索书号 %2，条码号 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ItemDialog</name>
    <message>
        <source>Register equipment</source>
        <translation>登记设备</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>next free tag (%1…)</source>
        <translation>自动取下一个编号（%1…）</translation>
    </message>
    <message>
        <source>yuan, such as 4999.50</source>
        <translation>单位元，例如 4999.50</translation>
    </message>
    <message>
        <source>Fields of the category</source>
        <translation>分类的自定义字段</translation>
    </message>
    <message>
        <source>This category has no fields of its own. Add them under Categories…</source>
        <translation>这个分类没有自定义字段，可以在“分类…”中添加。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2024-09-01).</source>
        <translation>“%1”不是日期（例如 2024-09-01）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是以元为单位的金额。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IwbExport</name>
    <message>
        <source>The IWB file could not be written.</source>
        <translation>无法写入 IWB 文件。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LabelItemsModel</name>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LabelLayout</name>
    <message>
        <source>A4 sheet, %1 labels (%2 × %3), %4 × %5 mm</source>
        <translation>A4 标签纸，%1 张（%2 × %3），%4 × %5 毫米</translation>
    </message>
    <message>
        <source>Label printer, %1 × %2 mm</source>
        <translation>标签打印机，%1 × %2 毫米</translation>
    </message>
    <message>
        <source>The label needs a width and a height.</source>
        <translation>请填写标签的宽度和高度。</translation>
    </message>
    <message>
        <source>The sheet needs a width and a height.</source>
        <translation>请填写纸张的宽度和高度。</translation>
    </message>
    <message>
        <source>The sheet needs at least one row and one column.</source>
        <translation>标签纸至少要有一行一列。</translation>
    </message>
    <message>
        <source>Margins and gaps cannot be negative.</source>
        <translation>边距和间距不能为负数。</translation>
    </message>
    <message>
        <source>%1 columns of %2 mm labels need %3 mm, but the sheet is %4 mm wide.</source>
        <translation>%1 列 %2 毫米宽的标签需要 %3 毫米，但纸张只有 %4 毫米宽。</translation>
    </message>
    <message>
        <source>%1 rows of %2 mm labels need %3 mm, but the sheet is %4 mm high.</source>
        <translation>%1 行 %2 毫米高的标签需要 %3 毫米，但纸张只有 %4 毫米高。</translation>
    </message>
    <message>
        <source>The first free label must be between 1 and %1.</source>
        <translation>起始标签的序号应在 1 到 %1 之间。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LabelLayoutWidget</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>A4 label sheet</source>
        <translation>A4 标签纸</translation>
    </message>
    <message>
        <source>Label printer (one label per page)</source>
        <translation>标签打印机（每页一张）</translation>
    </message>
    <message>
        <source>QR code and bar code</source>
        <translation>二维码和一维码</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Bar code (Code 128)</source>
        <translation>一维码（Code 128）</translation>
    </message>
    <message>
        <source>On a partly used sheet: the first label that is still free, counted row by row from the top left.</source>
        <translation>用过一部分的标签纸：第一张空白标签的序号，从左上角开始按行计数。</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Label size (w × h):</source>
        <translation>标签尺寸（宽 × 高）：</translation>
    </message>
    <message>
        <source>Grid (columns × rows):</source>
        <translation>排列（列 × 行）：</translation>
    </message>
    <message>
        <source>Margins (top, left):</source>
        <translation>边距（上、左）：</translation>
    </message>
    <message>
        <source>Gaps (across, down):</source>
        <translation>间距（横向、纵向）：</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>条码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Start at label:</source>
        <translation>从第几张开始(&amp;S)：</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LabelPainter</name>
    <message>
        <source>Choose the items to label first.</source>
        <translation>请先选择要打印标签的设备。</translation>
    </message>
    <message>
        <source>The labels cannot be printed: the printer or file is not ready.</source>
        <translation>无法打印标签：打印机或文件未就绪。</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation>资产标签</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LabelSource</name>
    <message>
        <source>print asset labels</source>
        <translation>打印资产标签</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LabelsTab</name>
    <message>
        <source>Draw label outlines (to check on plain paper)</source>
        <translation>画出标签边框（用普通纸试打对齐）</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>添加所选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Find by tag, name or serial</source>
        <translation>按资产编号、名称或序列号查找</translation>
    </message>
    <message>
        <source>Scan or type an asset tag, then Enter</source>
        <translation>扫描或输入资产编号后按 Enter</translation>
    </message>
    <message>
        <source>Add all &amp;found</source>
        <translation>全部添加(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>Paper and codes</source>
        <translation>纸张和条码</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>全部房间</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>%1 is not an asset tag of this school.</source>
        <translation>%1 不是本校的资产编号。</translation>
    </message>
    <message>
        <source>%1 (%2) is already in the list.</source>
        <translation>%1（%2）已在列表中。</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>Sample: choose items on the left</source>
        <translation>示例：请在左侧选择设备</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>将标签保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) of labels to %1.</source>
        <translation>
            <numerusform>已将 %n 页标签保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) of labels to the printer.</source>
        <translation>
            <numerusform>已将 %n 页标签发送到打印机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To print: %n label(s) on %1 page(s)</source>
        <translation>
            <numerusform>待打印：%n 张标签，共 %1 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::ClcClasses</name>
    <message>
        <source>Marxism, Leninism, Mao Zedong Thought, Deng Xiaoping Theory</source>
        <translation>马克思主义、列宁主义、毛泽东思想、邓小平理论</translation>
    </message>
    <message>
        <source>Philosophy, religion</source>
        <translation>哲学、宗教</translation>
    </message>
    <message>
        <source>Social sciences in general</source>
        <translation>社会科学总论</translation>
    </message>
    <message>
        <source>Politics, law</source>
        <translation>政治、法律</translation>
    </message>
    <message>
        <source>Military science</source>
        <translation>军事</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>经济</translation>
    </message>
    <message>
        <source>Culture, science, education, sports</source>
        <translation>文化、科学、教育、体育</translation>
    </message>
    <message>
        <source>Languages, writing</source>
        <translation>语言、文字</translation>
    </message>
    <message>
        <source>Literature</source>
        <translation>文学</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>艺术</translation>
    </message>
    <message>
        <source>History, geography</source>
        <translation>历史、地理</translation>
    </message>
    <message>
        <source>Natural sciences in general</source>
        <translation>自然科学总论</translation>
    </message>
    <message>
        <source>Mathematical sciences and chemistry</source>
        <translation>数理科学和化学</translation>
    </message>
    <message>
        <source>Astronomy, earth sciences</source>
        <translation>天文学、地球科学</translation>
    </message>
    <message>
        <source>Biological sciences</source>
        <translation>生物科学</translation>
    </message>
    <message>
        <source>Medicine, health</source>
        <translation>医药、卫生</translation>
    </message>
    <message>
        <source>Agricultural sciences</source>
        <translation>农业科学</translation>
    </message>
    <message>
        <source>Industrial technology</source>
        <translation>工业技术</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>交通运输</translation>
    </message>
    <message>
        <source>Aviation, aerospace</source>
        <translation>航空、航天</translation>
    </message>
    <message>
        <source>Environmental science, safety science</source>
        <translation>环境科学、安全科学</translation>
    </message>
    <message>
        <source>General works</source>
        <translation>综合性图书</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::CollectionModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>类名</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>种数</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>册数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::LabelQueue</name>
    <message>
        <source>print library labels</source>
        <translation>打印图书馆标签</translation>
    </message>
    <message>
        <source>The scanned barcode is empty.</source>
        <translation>扫描的条码为空。</translation>
    </message>
    <message>
        <source>No copy has the barcode %1.</source>
        <translation>没有条码为 %1 的复本。</translation>
    </message>
    <message>
        <source>%1 Library</source>
        <translation>%1图书馆</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::LabelQueueModel</name>
    <message>
        <source>Barcode</source>
        <translation>条码号</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>书架</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::LabelsTab</name>
    <message>
        <source>Scan a copy&apos;s barcode to add it to the queue</source>
        <translation>扫描复本条码，加入打印队列</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Every copy catalogued since</source>
        <translation>以下日期以来编目的所有复本</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <source>Empty the queue</source>
        <translation>清空队列</translation>
    </message>
    <message>
        <source>Spine labels (call number)</source>
        <translation>书标（索书号）</translation>
    </message>
    <message>
        <source>Barcode labels (Code 128 and title)</source>
        <translation>条码标签（Code 128 条码和题名）</translation>
    </message>
    <message>
        <source>Outlines (to check the alignment on plain paper)</source>
        <translation>边框（用普通纸检查对齐）</translation>
    </message>
    <message>
        <source>Library name</source>
        <translation>馆名</translation>
    </message>
    <message>
        <source>Class number</source>
        <translation>分类号</translation>
    </message>
    <message>
        <source>Book number</source>
        <translation>种次号</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷册</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Spine label lines</source>
        <translation>书标各行</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>First free label on the sheet:</source>
        <translation>标签纸上第一个空白标签：</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Labels are printed by the library&apos;s staff.</source>
        <translation>标签由图书馆工作人员打印。</translation>
    </message>
    <message>
        <source>%1 added: %2 labels in the queue.</source>
        <translation>已添加 %1：队列中共 %2 个标签。</translation>
    </message>
    <message>
        <source>%1 is in the queue already.</source>
        <translation>%1 已在队列中。</translation>
    </message>
    <message>
        <source>%1 copies added: %2 labels in the queue.</source>
        <translation>已添加 %1 个复本：队列中共 %2 个标签。</translation>
    </message>
    <message>
        <source>%1 copies catalogued since %2 added: %3 labels in the queue.</source>
        <translation>已添加 %2 以来编目的 %1 个复本：队列中共 %3 个标签。</translation>
    </message>
    <message>
        <source>The queue is empty: scan copies, or add those catalogued since a day.</source>
        <translation>队列为空：请扫描复本，或添加某日以来编目的复本。</translation>
    </message>
    <message>
        <source>The print queue is empty: add copies first.</source>
        <translation>打印队列为空：请先添加复本。</translation>
    </message>
    <message>
        <source>Spine labels</source>
        <translation>书标</translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation>条码标签</translation>
    </message>
    <message numerus="yes">
        <source>%n pages written to %1; the queue is empty.</source>
        <translation>
            <numerusform>已写入 %n 页到 %1；队列已清空。</numerusform>
        </translation>
    </message>
    <message>
        <source>library labels.pdf</source>
        <translation>图书馆标签.pdf</translation>
    </message>
    <message>
        <source>Labels as PDF</source>
        <translation>标签导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::LibraryReports</name>
    <message>
        <source>view the library&apos;s reports</source>
        <translation>查看图书馆统计报表</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>统计期间的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>教职工</translation>
    </message>
    <message>
        <source>Students without a class</source>
        <translation>无班级的学生</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::MonthlyLoansModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>读者</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::ReportsDocument</name>
    <message>
        <source>No loans in the period.</source>
        <translation>统计期间内没有借阅。</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Library reports</source>
        <translation>图书馆统计报表</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>册数</translation>
    </message>
    <message>
        <source>Copies by CLC main class</source>
        <translation>馆藏按中图法基本大类分布</translation>
    </message>
    <message>
        <source>Loans per month</source>
        <translation>各月借阅量</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借阅次数</translation>
    </message>
    <message>
        <source>Most borrowed</source>
        <translation>借阅排行</translation>
    </message>
    <message>
        <source>%1 copies; no enrolled students, so no figure per student.</source>
        <translation>馆藏 %1 册；没有在籍学生，无法计算生均图书。</translation>
    </message>
    <message>
        <source>%1 copies per student (%2 copies, %3 enrolled students)</source>
        <translation>生均图书 %1 册（馆藏 %2 册，在籍学生 %3 人）</translation>
    </message>
    <message>
        <source>target %1: met</source>
        <translation>目标 %1 册：已达标</translation>
    </message>
    <message>
        <source>target %1: %2 copies short</source>
        <translation>目标 %1 册：尚差 %2 册</translation>
    </message>
    <message>
        <source>%1 — library reports</source>
        <translation>%1 — 图书馆统计报表</translation>
    </message>
    <message>
        <source>Loans from</source>
        <translation>借阅统计期间</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>馆藏</translation>
    </message>
    <message>
        <source>Books per student</source>
        <translation>生均图书</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>类名</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>种数</translation>
    </message>
    <message>
        <source>Loans per grade per month</source>
        <translation>各年级每月借阅量</translation>
    </message>
    <message>
        <source>Loans per class per month</source>
        <translation>各班每月借阅量</translation>
    </message>
    <message>
        <source>Most borrowed titles</source>
        <translation>借阅排行榜</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>责任者</translation>
    </message>
    <message>
        <source>Class number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::ReportsTab</name>
    <message>
        <source>Per class</source>
        <translation>按班级</translation>
    </message>
    <message>
        <source>Per grade</source>
        <translation>按年级</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Loans from</source>
        <translation>借阅统计自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Most borrowed: top</source>
        <translation>借阅排行：前</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>馆藏</translation>
    </message>
    <message>
        <source>Readers:</source>
        <translation>读者：</translation>
    </message>
    <message>
        <source>(the chart shows the grades)</source>
        <translation>（图表按年级显示）</translation>
    </message>
    <message>
        <source>Loans per month</source>
        <translation>各月借阅量</translation>
    </message>
    <message>
        <source>Most borrowed</source>
        <translation>借阅排行</translation>
    </message>
    <message>
        <source>Reports written: %1</source>
        <translation>报表已保存：%1</translation>
    </message>
    <message>
        <source>library reports %1.pdf</source>
        <translation>图书馆统计报表 %1.pdf</translation>
    </message>
    <message>
        <source>Reports as PDF</source>
        <translation>报表导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::SpineLabelPainter</name>
    <message>
        <source>The print queue is empty: add copies first.</source>
        <translation>打印队列为空：请先添加复本。</translation>
    </message>
    <message>
        <source>The labels cannot be printed: the printer or file is not ready.</source>
        <translation>无法打印标签：打印机或文件未就绪。</translation>
    </message>
    <message>
        <source>Spine labels</source>
        <translation>书标</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeCounter</name>
    <message>
        <source>take stock of the library</source>
        <translation>进行馆藏清点</translation>
    </message>
    <message>
        <source>scan for a stocktake</source>
        <translation>为馆藏清点扫描</translation>
    </message>
    <message>
        <source>The stocktake &quot;%1&quot; is %2: resume it to scan.</source>
        <translation>清点“%1”%2：请继续清点后再扫描。</translation>
    </message>
    <message>
        <source>The scanned barcode is empty.</source>
        <translation>扫描的条码为空。</translation>
    </message>
    <message>
        <source>Choose the shelf you are counting before scanning %1.</source>
        <translation>扫描 %1 之前，请先选择正在清点的书架。</translation>
    </message>
    <message>
        <source>The shelf %1 is not part of the stocktake &quot;%2&quot;.</source>
        <translation>书架 %1 不在清点“%2”的范围内。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeDialog</name>
    <message>
        <source>New library stocktake</source>
        <translation>新建馆藏清点</translation>
    </message>
    <message>
        <source>Stocktake %1</source>
        <translation>清点 %1</translation>
    </message>
    <message>
        <source>By shelves</source>
        <translation>按书架</translation>
    </message>
    <message>
        <source>By call-number range</source>
        <translation>按索书号范围</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n copies)</source>
        <translation>
            <numerusform>%1 %2（%n 册）</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>from, e.g. I206</source>
        <translation>起，例如 I206</translation>
    </message>
    <message>
        <source>to, e.g. I247.9</source>
        <translation>止，例如 I247.9</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Only the shelves or ranges you mark counted report their unscanned copies as missing.</source>
        <translation>只有标记为“已清点”的书架或范围，其中未扫描的复本才记为缺失。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeEntriesModel</name>
    <message>
        <source>No copy has this barcode</source>
        <translation>没有该条码的复本</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已剔旧</translation>
    </message>
    <message>
        <source>Registered as lost: found</source>
        <translation>登记为丢失：已找到</translation>
    </message>
    <message>
        <source>Lent to %1: return it at the desk</source>
        <translation>借给 %1：请到流通台办理归还</translation>
    </message>
    <message>
        <source>Lent to %1, due %2</source>
        <translation>借给 %1，应还日期 %2</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码号</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>书架</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>清点结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描次数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeKeys</name>
    <message>
        <source>In progress</source>
        <translation>清点中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeReport</name>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码号</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>书架</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>清点结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Scanned on</source>
        <translation>扫描书架</translation>
    </message>
    <message>
        <source>No copy has this barcode</source>
        <translation>没有该条码的复本</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已剔旧</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>在 %1</translation>
    </message>
    <message>
        <source>Wrong shelf (on %1)</source>
        <translation>错架（在 %1）</translation>
    </message>
    <message>
        <source>Not of this stocktake</source>
        <translation>不属于本次清点</translation>
    </message>
    <message>
        <source>Not of this stocktake (on %1)</source>
        <translation>不属于本次清点（在 %1）</translation>
    </message>
    <message>
        <source>Out of order (first on %1)</source>
        <translation>乱序（%1 上的第一册）</translation>
    </message>
    <message>
        <source>Out of order (after %1)</source>
        <translation>乱序（排在 %1 之后）</translation>
    </message>
    <message>
        <source>%1 — library stocktake report</source>
        <translation>%1 — 馆藏清点报告</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>清点</translation>
    </message>
    <message>
        <source>Call-number ranges</source>
        <translation>索书号范围</translation>
    </message>
    <message>
        <source>Shelves</source>
        <translation>书架</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已清点</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Copies expected</source>
        <translation>应有册数</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描次数</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>在架</translation>
    </message>
    <message>
        <source>Misshelved</source>
        <translation>错架</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>未清点</translation>
    </message>
    <message>
        <source>Unknown barcodes</source>
        <translation>未知条码</translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <source>Found though on loan</source>
        <translation>在架但借阅记录未还</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Found though on loan (return them at the desk)</source>
        <translation>在架但借阅记录未还（请到流通台办理归还）</translation>
    </message>
    <message>
        <source>Counted by:</source>
        <translation>清点人：</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>复核人：</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeService</name>
    <message>
        <source>take stock of the library</source>
        <translation>进行馆藏清点</translation>
    </message>
    <message>
        <source>There is no library stocktake %1.</source>
        <translation>没有馆藏清点 %1。</translation>
    </message>
    <message>
        <source>A stocktake needs a name.</source>
        <translation>清点需要一个名称。</translation>
    </message>
    <message>
        <source>Choose the shelves or the call-number range to count.</source>
        <translation>请选择要清点的书架或索书号范围。</translation>
    </message>
    <message>
        <source>A stocktake counts either shelves or call-number ranges, not both.</source>
        <translation>一次清点要么按书架，要么按索书号范围，不能两者兼有。</translation>
    </message>
    <message>
        <source>A call-number range needs a start or an end.</source>
        <translation>索书号范围需要起点或终点。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a class number or call number.</source>
        <translation>“%1”不是分类号或索书号。</translation>
    </message>
    <message>
        <source>The range %1 starts after it ends.</source>
        <translation>范围 %1 的起点在终点之后。</translation>
    </message>
    <message>
        <source>The stocktake &quot;%1&quot; is finished.</source>
        <translation>清点“%1”已完成。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section of the stocktake &quot;%2&quot;.</source>
        <translation>“%1”不是清点“%2”的区段。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeTab</name>
    <message>
        <source>Taking stock is for the library&apos;s staff.</source>
        <translation>馆藏清点由图书馆工作人员进行。</translation>
    </message>
    <message>
        <source>No stocktake yet: start one with &quot;New stocktake&quot;.</source>
        <translation>还没有清点：请点击“新建清点”开始。</translation>
    </message>
    <message>
        <source>✓ counted</source>
        <translation>✓ 已清点</translation>
    </message>
    <message>
        <source>Ready: choose the shelf and scan the first book.</source>
        <translation>就绪：请选择书架，扫描第一本书。</translation>
    </message>
    <message>
        <source>Start or choose a stocktake first (%1 was not recorded).</source>
        <translation>请先开始或选择一次清点（%1 未记录）。</translation>
    </message>
    <message>
        <source>recorded as lent: return it at the desk</source>
        <translation>借阅记录显示已借出：请到流通台办理归还</translation>
    </message>
    <message>
        <source>registered as lost: found</source>
        <translation>登记为丢失：已找到</translation>
    </message>
    <message>
        <source>Out of order: %1 stands after %2</source>
        <translation>乱序：%1 排在 %2 之后</translation>
    </message>
    <message>
        <source>Not of this stocktake: %1</source>
        <translation>不属于本次清点：%1</translation>
    </message>
    <message>
        <source>Wrong shelf: %1 belongs on %2</source>
        <translation>错架：%1 应在 %2</translation>
    </message>
    <message>
        <source>Scanned before: %1</source>
        <translation>已扫描过：%1</translation>
    </message>
    <message>
        <source>Withdrawn copy: %1</source>
        <translation>已剔旧的复本：%1</translation>
    </message>
    <message>
        <source>Unknown barcode: no copy has %1</source>
        <translation>未知条码：%1 不是任何复本的条码</translation>
    </message>
    <message>
        <source>Scans %1 · On shelf %2 · Misshelved %3 · On loan %4 · Missing %5 · Not counted %6 · Unknown %7 · Twice %8</source>
        <translation>扫描 %1 · 在架 %2 · 错架 %3 · 借出 %4 · 缺失 %5 · 未清点 %6 · 未知 %7 · 重复 %8</translation>
    </message>
    <message>
        <source>On shelf (%1)</source>
        <translation>在架（%1）</translation>
    </message>
    <message>
        <source>Misshelved (%1)</source>
        <translation>错架（%1）</translation>
    </message>
    <message>
        <source>On loan (%1)</source>
        <translation>借出（%1）</translation>
    </message>
    <message>
        <source>Missing (%1)</source>
        <translation>缺失（%1）</translation>
    </message>
    <message>
        <source>Not counted (%1)</source>
        <translation>未清点（%1）</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>Scanned twice (%1)</source>
        <translation>重复扫描（%1）</translation>
    </message>
    <message>
        <source>Scan a book&apos;s barcode (or type it and press Enter)</source>
        <translation>扫描图书条码（或输入后按回车）</translation>
    </message>
    <message>
        <source>Resume the stocktake to scan</source>
        <translation>继续清点后才能扫描</translation>
    </message>
    <message>
        <source>Finish the stocktake</source>
        <translation>完成清点</translation>
    </message>
    <message>
        <source>These sections are not marked counted: %1.
Their copies that were not scanned will be reported as not counted, not as missing. Finish anyway?</source>
        <translation>以下区段尚未标记为已清点：%1。
其中未扫描的复本将记为“未清点”，而不是“缺失”。仍要完成吗？</translation>
    </message>
    <message>
        <source>Section counted. Missing now: %1</source>
        <translation>区段已清点。当前缺失：%1</translation>
    </message>
    <message>
        <source>Choose the section you have counted in the list of sections.</source>
        <translation>请在区段列表中选择已清点的区段。</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
    <message>
        <source>library stocktake %1.pdf</source>
        <translation>馆藏清点 %1.pdf</translation>
    </message>
    <message>
        <source>Report as PDF</source>
        <translation>报告导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>清点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>New stocktake…</source>
        <translation>新建清点…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>区段</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已清点</translation>
    </message>
    <message>
        <source>Mark section counted</source>
        <translation>标记区段已清点</translation>
    </message>
    <message>
        <source>Its copies that were not scanned (and are not on loan) are then reported missing.</source>
        <translation>标记后，其中未扫描（且未借出）的复本记为缺失。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>区段</translation>
    </message>
    <message>
        <source>Shelf:</source>
        <translation>书架：</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>报告导出为 PDF…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>打印报告…</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::TopTitlesModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>责任者</translation>
    </message>
    <message>
        <source>Class number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借阅次数</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LibraryKeys</name>
    <message>
        <source>Book</source>
        <translation>普通图书</translation>
    </message>
    <message>
        <source>Reference (not for loan)</source>
        <translation>工具书（不外借）</translation>
    </message>
    <message>
        <source>Periodical</source>
        <translation>期刊</translation>
    </message>
    <message>
        <source>Audio-visual</source>
        <translation>音像资料</translation>
    </message>
    <message>
        <source>In the collection</source>
        <translation>在馆藏</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已剔旧</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生用</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>教职工</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LibraryModule</name>
    <message>
        <source>Library</source>
        <translation>图书馆</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>责任者</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版者</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>出版地</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>出版年</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Class number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>主题词</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>丛书</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语种</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>提要</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码号</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>文献类型</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>馆藏位置</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>书架</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Library catalog</source>
        <translation>馆藏目录</translation>
    </message>
    <message>
        <source>Library copies</source>
        <translation>馆藏复本</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借阅次数</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>还书记录</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续借次数</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Circulation rules</source>
        <translation>借阅规则</translation>
    </message>
    <message>
        <source>Library calendar</source>
        <translation>图书馆校历</translation>
    </message>
    <message>
        <source>Library settings</source>
        <translation>图书馆设置</translation>
    </message>
    <message>
        <source>Library stocktakes</source>
        <translation>馆藏清点</translation>
    </message>
    <message>
        <source>Library stocktake scans</source>
        <translation>馆藏清点扫描记录</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LibraryPage</name>
    <message>
        <source>Catalog</source>
        <translation>馆藏目录</translation>
    </message>
    <message>
        <source>Circulation desk</source>
        <translation>借阅台</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>馆藏清点</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签打印</translation>
    </message>
    <message>
        <source>Export MARC…</source>
        <translation>导出 MARC…</translation>
    </message>
    <message>
        <source>Save the catalog with its copies as ISO 2709 or MARCXML</source>
        <translation>把馆藏目录连同复本保存为 ISO 2709 或 MARCXML 文件</translation>
    </message>
    <message>
        <source>Catalogue by ISBN…</source>
        <translation>按 ISBN 编目…</translation>
    </message>
    <message>
        <source>Scan or type an ISBN: the record is looked up in the catalog, the district&apos;s union catalog and the library targets</source>
        <translation>扫描或输入 ISBN：依次在本馆目录、区联合目录和图书馆检索目标中查找书目记录</translation>
    </message>
    <message>
        <source>Import MARC…</source>
        <translation>导入 MARC…</translation>
    </message>
    <message>
        <source>Import ISO 2709 (MARC21, CNMARC) or MARCXML records</source>
        <translation>导入 ISO 2709（MARC21、CNMARC）或 MARCXML 书目记录</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LibraryService</name>
    <message>
        <source>Barcode %1: only letters, digits and symbols a scanner can type, no spaces</source>
        <translation>条码号 %1：只能包含扫描枪能输入的字母、数字和符号，不能有空格</translation>
    </message>
    <message>
        <source>Class number: %1 is not a CLC class number (like I247.5 or TP311.1)</source>
        <translation>分类号：%1 不是中图法分类号（例如 I247.5 或 TP311.1）</translation>
    </message>
    <message>
        <source>Item type: %1 is not one of book, reference, periodical, av</source>
        <translation>文献类型：%1 不是 book、reference、periodical、av 之一</translation>
    </message>
    <message>
        <source>Status: %1 is not one of active, withdrawn, lost, damaged</source>
        <translation>状态：%1 不是 active、withdrawn、lost、damaged 之一</translation>
    </message>
    <message>
        <source>Source: %1 is not one of purchase, donation, transfer, other</source>
        <translation>来源：%1 不是 purchase、donation、transfer、other 之一</translation>
    </message>
    <message>
        <source>Price: cannot be negative</source>
        <translation>价格：不能为负数</translation>
    </message>
    <message>
        <source>view the library catalog</source>
        <translation>查看馆藏目录</translation>
    </message>
    <message>
        <source>No copy has the barcode %1.</source>
        <translation>没有条码为 %1 的复本。</translation>
    </message>
    <message>
        <source>catalog books</source>
        <translation>编目</translation>
    </message>
    <message>
        <source>No free barcode was found in this computer&apos;s block.</source>
        <translation>本机的号段中找不到空闲的条码号。</translation>
    </message>
    <message>
        <source>No free book number of class %1 was found in this computer&apos;s block.</source>
        <translation>本机的号段中找不到分类 %1 的空闲种次号。</translation>
    </message>
    <message>
        <source>Copies: between 1 and 1000 at a time.</source>
        <translation>复本数：每次 1 到 1000 册。</translation>
    </message>
    <message>
        <source>Barcode %1 is already on another copy.</source>
        <translation>条码号 %1 已被另一册复本使用。</translation>
    </message>
    <message>
        <source>Class number: %1 has no CLC class number; give one to make the call number.</source>
        <translation>分类号：《%1》没有中图法分类号，请填写分类号以生成索书号。</translation>
    </message>
    <message>
        <source>Barcode: a copy needs one.</source>
        <translation>条码号：复本必须有条码号。</translation>
    </message>
    <message>
        <source>Title: a record needs a title</source>
        <translation>题名：书目必须有题名</translation>
    </message>
    <message>
        <source>ISBN %1: %2</source>
        <translation>ISBN %1：%2</translation>
    </message>
    <message>
        <source>Year: %1 is not a year of publication</source>
        <translation>出版年：%1 不是有效的出版年份</translation>
    </message>
    <message>
        <source>Pages: cannot be negative</source>
        <translation>页数：不能为负数</translation>
    </message>
    <message>
        <source>There is no such title in the catalog.</source>
        <translation>馆藏目录中没有这种书。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n copies in the collection: withdraw them first.</source>
        <translation>
            <numerusform>《%1》还有 %n 册复本在馆藏中，请先剔除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LibraryTargets</name>
    <message>
        <source>The target needs a URL.</source>
        <translation>检索目标需要一个 URL。</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; contains a space.</source>
        <translation>URL“%1”中含有空格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http:// or https:// URL.</source>
        <translation>“%1”不是有效的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: use host:port/Database for Z39.50 or an http:// URL for SRU.</source>
        <translation>“%1”：Z39.50 请用“主机:端口/数据库”，SRU 请用 http:// URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no host.</source>
        <translation>“%1”中没有主机名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid port.</source>
        <translation>“%1”中的端口无效。</translation>
    </message>
    <message>
        <source>The record syntax must be usmarc or unimarc, not &quot;%1&quot;.</source>
        <translation>记录格式必须是 usmarc 或 unimarc，不能是“%1”。</translation>
    </message>
    <message>
        <source>The encoding must be utf-8, gb18030 or marc8, not &quot;%1&quot;.</source>
        <translation>编码必须是 utf-8、gb18030 或 marc8，不能是“%1”。</translation>
    </message>
    <message>
        <source>Copy cataloguing targets</source>
        <translation>套录编目检索目标</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ListPage</name>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Type part of any column, or the pinyin initials of a name (Ctrl+F)</source>
        <translation>输入任意列的部分内容，或姓名的拼音首字母（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 条（共 %2 条）</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LoansModel</name>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码号</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续借次数</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>借阅台</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LocalStore</name>
    <message>
        <source>%1 is a database of another program, not a SchoolSuite store.</source>
        <translation>%1 是其他程序的数据库，不是 SchoolSuite 本地数据库。</translation>
    </message>
    <message>
        <source>There is no school store in %1. Set one up with the setup wizard or &quot;schoolsuite-cli init&quot;.</source>
        <translation>%1 中没有学校本地数据库。请使用设置向导或“schoolsuite-cli init”创建。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>School code &quot;%1&quot;: use 2 to 32 letters, digits, - or _.</source>
        <translation>学校代码“%1”无效：请使用 2 至 32 个字母、数字、- 或 _。</translation>
    </message>
    <message>
        <source>The school name is empty.</source>
        <translation>学校名称不能为空。</translation>
    </message>
    <message>
        <source>This store already belongs to school %1.</source>
        <translation>此本地数据库已属于学校 %1。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LockedField</name>
    <message>
        <source>Set by your administrator (machine policy)</source>
        <translation>由管理员通过计算机策略设置</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MainWindow</name>
    <message>
        <source>SchoolSuite — %1</source>
        <translation>SchoolSuite — %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SchoolSuite</source>
        <translation>关于 SchoolSuite(&amp;A)</translation>
    </message>
    <message>
        <source>%1 is not in the list you may see.</source>
        <translation>%1 不在您有权查看的范围内。</translation>
    </message>
    <message>
        <source>Back up the school&apos;s data</source>
        <translation>备份学校数据</translation>
    </message>
    <message>
        <source>SchoolSuite backups (*.db)</source>
        <translation>SchoolSuite 备份文件 (*.db)</translation>
    </message>
    <message>
        <source>back up</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已保存到 %1。</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Enrollment:</source>
        <translation>本机注册：</translation>
    </message>
    <message>
        <source>%1 is a whiteboard document, and the whiteboard is not open to your account on this computer.</source>
        <translation>%1 是白板文档，但在这台电脑上您的账户不能使用白板。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MaintenanceDialogs</name>
    <message>
        <source>Cost: &quot;%1&quot; is not an amount in yuan.</source>
        <translation>费用：“%1”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>%1: no item has the tag &quot;%2&quot;.</source>
        <translation>%1：没有资产编号为“%2”的设备。</translation>
    </message>
    <message>
        <source>Report a fault</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>type or scan the asset tag</source>
        <translation>输入或扫描资产编号</translation>
    </message>
    <message>
        <source>What is wrong? e.g. the projector shows no picture</source>
        <translation>出了什么问题？例如：投影仪不显示画面</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>no such tag</source>
        <translation>没有这个资产编号</translation>
    </message>
    <message>
        <source>Repair of %1</source>
        <translation>%1 的维修</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>维修单位</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Send %1 for repair</source>
        <translation>送修 %1</translation>
    </message>
    <message>
        <source>who repairs it</source>
        <translation>由谁维修</translation>
    </message>
    <message>
        <source>Repair of %1 done</source>
        <translation>%1 已修复</translation>
    </message>
    <message>
        <source>e.g. lamp replaced</source>
        <translation>例如：更换了灯泡</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>修复日期</translation>
    </message>
    <message>
        <source>Add maintenance plan</source>
        <translation>添加保养计划</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>e.g. replace the projector lamp</source>
        <translation>例如：更换投影仪灯泡</translation>
    </message>
    <message>
        <source>(one item, by its tag)</source>
        <translation>（单台设备，按资产编号）</translation>
    </message>
    <message>
        <source>asset tag, when the plan is for one item</source>
        <translation>计划针对单台设备时填写资产编号</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MaintenanceDueModel</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>上次保养</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MaintenanceDueWidget</name>
    <message>
        <source>Equipment maintenance</source>
        <translation>设备维修保养</translation>
    </message>
    <message>
        <source>Open maintenance</source>
        <translation>打开维修保养</translation>
    </message>
    <message>
        <source>Nothing due: no maintenance in the next 30 days and no open repairs.</source>
        <translation>暂无到期事项：30 天内没有要做的保养，也没有未完成的报修。</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 30 days</source>
        <translation>
            <numerusform>%n 项 30 天内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open repair(s)</source>
        <translation>
            <numerusform>%n 张报修单未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2: %3 (%4)</source>
        <translation>%1  %2：%3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair: %1 (%2) — %3, %4</source>
        <translation>报修：%1（%2）—— %3，%4</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MaintenancePlansModel</name>
    <message>
        <source>every item of %1</source>
        <translation>全部%1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MaintenanceService</name>
    <message>
        <source>view maintenance plans</source>
        <translation>查看保养计划</translation>
    </message>
    <message>
        <source>There is no maintenance plan %1.</source>
        <translation>没有保养计划 %1。</translation>
    </message>
    <message>
        <source>Task: say what is to be done.</source>
        <translation>任务：请写明要做什么。</translation>
    </message>
    <message>
        <source>Task: at most 100 characters.</source>
        <translation>任务：最多 100 个字。</translation>
    </message>
    <message>
        <source>For: choose one item or one category.</source>
        <translation>对象：请选择一台设备或一个分类。</translation>
    </message>
    <message>
        <source>For: there is no such item.</source>
        <translation>对象：没有这台设备。</translation>
    </message>
    <message>
        <source>For: there is no such category.</source>
        <translation>对象：没有这个分类。</translation>
    </message>
    <message>
        <source>Every: use a number of months from 1 to 120.</source>
        <translation>周期：请填 1 到 120 个月。</translation>
    </message>
    <message>
        <source>Starts on: enter a date.</source>
        <translation>开始日期：请填写日期。</translation>
    </message>
    <message>
        <source>plan maintenance</source>
        <translation>制定保养计划</translation>
    </message>
    <message>
        <source>record maintenance</source>
        <translation>登记保养</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is paused.</source>
        <translation>保养计划“%1”已暂停。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; does not cover this item.</source>
        <translation>保养计划“%1”不包括这台设备。</translation>
    </message>
    <message>
        <source>Done on: enter a day that has come.</source>
        <translation>完成日期：不能填将来的日期。</translation>
    </message>
    <message>
        <source>Note: at most 200 characters.</source>
        <translation>备注：最多 200 个字。</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报修</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>report a fault</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Fault: describe what is wrong.</source>
        <translation>故障：请写明出了什么问题。</translation>
    </message>
    <message>
        <source>Fault: at most 500 characters.</source>
        <translation>故障：最多 500 个字。</translation>
    </message>
    <message>
        <source>Item: there is no such item.</source>
        <translation>设备：没有这台设备。</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot be repaired.</source>
        <translation>%1 已%2，不能报修。</translation>
    </message>
    <message>
        <source>%1: a fault was already reported on %2 by %3 (%4).</source>
        <translation>%1：%3 已于 %2 报修（%4）。</translation>
    </message>
    <message>
        <source>view repairs</source>
        <translation>查看维修记录</translation>
    </message>
    <message>
        <source>There is no repair ticket %1.</source>
        <translation>没有报修单 %1。</translation>
    </message>
    <message>
        <source>manage repairs</source>
        <translation>处理报修</translation>
    </message>
    <message>
        <source>This repair is already %1.</source>
        <translation>这张报修单已是“%1”状态。</translation>
    </message>
    <message>
        <source>This repair is already done.</source>
        <translation>这张报修单已经修复。</translation>
    </message>
    <message>
        <source>Resolved on: enter a day that has come.</source>
        <translation>修复日期：不能填将来的日期。</translation>
    </message>
    <message>
        <source>Resolved on: %1 is before the fault was reported (%2).</source>
        <translation>修复日期：%1 早于报修日期（%2）。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MaintenanceTab</name>
    <message>
        <source>Mark done…</source>
        <translation>登记完成…</translation>
    </message>
    <message>
        <source>Show all planned, not only due</source>
        <translation>显示全部计划</translation>
    </message>
    <message>
        <source>Add plan…</source>
        <translation>添加计划…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Maintenance plans</source>
        <translation>保养计划</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Report a fault…</source>
        <translation>报修…</translation>
    </message>
    <message>
        <source>Send for repair…</source>
        <translation>送修…</translation>
    </message>
    <message>
        <source>Repair done…</source>
        <translation>修复…</translation>
    </message>
    <message>
        <source>Unfinished only</source>
        <translation>只看未完成</translation>
    </message>
    <message>
        <source>Select a repair to see the details.</source>
        <translation>选中一张报修单查看详情。</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Item status</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>维修单位</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>修复日期</translation>
    </message>
    <message>
        <source>Due (%1)</source>
        <translation>到期（%1）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcExport</name>
    <message>
        <source>export the catalog as MARC</source>
        <translation>将馆藏目录导出为 MARC</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>导出已取消，未写入 %1。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcExportDialog</name>
    <message>
        <source>MARC 21, ISO 2709 (*.mrc)</source>
        <translation>MARC 21，ISO 2709 (*.mrc)</translation>
    </message>
    <message>
        <source>MARC 21, MARCXML (*.xml)</source>
        <translation>MARC 21，MARCXML (*.xml)</translation>
    </message>
    <message>
        <source>CNMARC, ISO 2709 (*.iso)</source>
        <translation>CNMARC，ISO 2709 (*.iso)</translation>
    </message>
    <message>
        <source>CNMARC, MARCXML (*.marcxml)</source>
        <translation>CNMARC，MARCXML (*.marcxml)</translation>
    </message>
    <message>
        <source>Export the catalog as MARC</source>
        <translation>将馆藏目录导出为 MARC</translation>
    </message>
    <message>
        <source>catalog.mrc</source>
        <translation>馆藏目录.mrc</translation>
    </message>
    <message>
        <source>Exporting the catalog…</source>
        <translation>正在导出馆藏目录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export MARC</source>
        <translation>导出 MARC</translation>
    </message>
    <message>
        <source>%1 records written to %2 (%3).</source>
        <translation>已将 %1 条记录写入 %2（%3）。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcImport</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>no title (245$a)</source>
        <translation>没有题名（245$a）</translation>
    </message>
    <message>
        <source>no title (200$a)</source>
        <translation>没有题名（200$a）</translation>
    </message>
    <message>
        <source>import MARC records</source>
        <translation>导入 MARC 记录</translation>
    </message>
    <message>
        <source>a copy%1 has no call number and the record no class number</source>
        <translation>复本%1没有索书号，记录也没有中图法分类号</translation>
    </message>
    <message>
        <source>barcode %1 is already in the catalog</source>
        <translation>条码号 %1 已在馆藏中</translation>
    </message>
    <message>
        <source>barcode %1 is also in record %2</source>
        <translation>条码号 %1 也出现在第 %2 条记录中</translation>
    </message>
    <message>
        <source>barcode %1 is on two copies of the record</source>
        <translation>条码号 %1 在本记录的两个复本上重复</translation>
    </message>
    <message>
        <source>The reading of %1 was cancelled; nothing was imported.</source>
        <translation>%1 的读取已取消，未导入任何记录。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n record(s) of the file are broken (import the others with skip-bad):</source>
        <translation>
            <numerusform>未导入任何记录：文件中有 %n 条记录有错误（可选择跳过错误记录导入其余记录）：</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何记录。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1: %2</source>
        <translation>未导入任何记录：%1：%2</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcImportDialog</name>
    <message>
        <source>Import MARC records</source>
        <translation>导入 MARC 记录</translation>
    </message>
    <message>
        <source>ISO 2709 (.mrc, .iso) or MARCXML (.xml)</source>
        <translation>ISO 2709（.mrc、.iso）或 MARCXML（.xml）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>As each record says (GBK detected)</source>
        <translation>按每条记录的说明（自动识别 GBK）</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Merge: fill empty fields and add the copies</source>
        <translation>合并：补全空缺字段并添加复本</translation>
    </message>
    <message>
        <source>Import the good records and leave the broken ones out</source>
        <translation>导入正确的记录，跳过有错误的记录</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Character set:</source>
        <translation>字符集：</translation>
    </message>
    <message>
        <source>Records already in the catalog (same ISBN):</source>
        <translation>馆藏中已有的记录（ISBN 相同）：</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a MARC file.</source>
        <translation>请选择 MARC 文件。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Broken records</source>
        <translation>错误记录</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>MARC file</source>
        <translation>MARC 文件</translation>
    </message>
    <message>
        <source>MARC records (*.mrc *.iso *.marc *.dat *.xml *.marcxml);;All files (*)</source>
        <translation>MARC 记录 (*.mrc *.iso *.marc *.dat *.xml *.marcxml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading cancelled; nothing was imported.</source>
        <translation>读取已取消，未导入任何记录。</translation>
    </message>
    <message>
        <source>%1 records: %2 new titles, %3 already in the catalog (%4), %5 copies to add, %6 broken.</source>
        <translation>共 %1 条记录：新书目 %2 种，馆藏中已有 %3 种（%4），待添加复本 %5 册，错误记录 %6 条。</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Nothing can be imported while a record is broken: fix the file, or leave the broken records out.</source>
        <translation>只要有一条记录有错误就不能导入：请修正文件，或选择跳过错误记录。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported: %1 new titles, %2 merged, %3 duplicates skipped, %4 copies added.</source>
        <translation>已导入：新书目 %1 种，合并 %2 种，跳过重复 %3 种，添加复本 %4 册。</translation>
    </message>
    <message numerus="yes">
        <source>%n broken record(s) left out (listed under Broken records).</source>
        <translation>
            <numerusform>已跳过 %n 条错误记录（见“错误记录”页）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcPreviewModel</name>
    <message>
        <source>New title</source>
        <translation>新书目</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Same ISBN as record %1 of the file: %2</source>
        <translation>与文件中第 %1 条记录的 ISBN 相同：%2</translation>
    </message>
    <message>
        <source>In the catalog: %1</source>
        <translation>馆藏目录中已有：%1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任者</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版者</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>出版年</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>复本</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcReader</name>
    <message>
        <source>record %1 (line %2)</source>
        <translation>第 %1 条记录（第 %2 行）</translation>
    </message>
    <message>
        <source>record %1 (byte %2)</source>
        <translation>第 %1 条记录（字节 %2）</translation>
    </message>
    <message>
        <source>bad leader: the record length (its first five characters) is not a number</source>
        <translation>头标区错误：记录长度（前五个字符）不是数字</translation>
    </message>
    <message>
        <source>bad leader: a record length of %1 bytes is shorter than the leader</source>
        <translation>头标区错误：记录长度 %1 字节比头标区还短</translation>
    </message>
    <message>
        <source>the file ends inside the record: its leader gives %1 bytes, only %2 are left</source>
        <translation>文件在记录中途结束：头标区给出 %1 字节，只剩 %2 字节</translation>
    </message>
    <message>
        <source>record length mismatch: the leader gives %1 bytes, the record terminator comes after %2</source>
        <translation>记录长度不符：头标区给出 %1 字节，记录结束符却在第 %2 字节</translation>
    </message>
    <message>
        <source>missing record terminator: byte %1 of the record should end it</source>
        <translation>缺少记录结束符：记录的第 %1 字节应为结束符</translation>
    </message>
    <message>
        <source>bad leader: the base address or the entry map (positions 12-16, 20-22) is not a number</source>
        <translation>头标区错误：数据基地址或地址目次项结构（第 12-16、20-22 位）不是数字</translation>
    </message>
    <message>
        <source>bad leader: the base address %1 lies outside the record</source>
        <translation>头标区错误：数据基地址 %1 超出记录范围</translation>
    </message>
    <message>
        <source>bad directory: it does not end with a field terminator before the base address %1</source>
        <translation>地址目次区错误：数据基地址 %1 之前没有字段结束符</translation>
    </message>
    <message>
        <source>bad directory: its %1 bytes are not a whole number of %2-byte entries</source>
        <translation>地址目次区错误：%1 字节不是 %2 字节目次项的整数倍</translation>
    </message>
    <message>
        <source>bad directory: entry %1 has no valid tag (&quot;%2&quot;)</source>
        <translation>地址目次区错误：第 %1 个目次项没有有效的字段标识符（“%2”）</translation>
    </message>
    <message>
        <source>bad directory: entry %1 (field %2) has a length or start that is not a number</source>
        <translation>地址目次区错误：第 %1 个目次项（%2 字段）的长度或起始位置不是数字</translation>
    </message>
    <message>
        <source>bad directory: field %1 (entry %2) lies outside the record</source>
        <translation>地址目次区错误：%1 字段（第 %2 个目次项）超出记录范围</translation>
    </message>
    <message>
        <source>bad directory: field %1 (entry %2) does not end with a field terminator</source>
        <translation>地址目次区错误：%1 字段（第 %2 个目次项）不以字段结束符结尾</translation>
    </message>
    <message>
        <source>invalid UTF-8 in field %1</source>
        <translation>%1 字段中有无效的 UTF-8 字节</translation>
    </message>
    <message>
        <source>the character set %1 is not available on this computer</source>
        <translation>本机不支持字符集 %1</translation>
    </message>
    <message>
        <source>field %1 is not valid %2 text</source>
        <translation>%1 字段不是有效的 %2 文本</translation>
    </message>
    <message>
        <source>the file is not valid %1 text</source>
        <translation>文件不是有效的 %1 文本</translation>
    </message>
    <message>
        <source>invalid UTF-8 in the record</source>
        <translation>记录中有无效的 UTF-8 字节</translation>
    </message>
    <message>
        <source>bad leader: the record has none</source>
        <translation>头标区错误：记录没有头标区</translation>
    </message>
    <message>
        <source>bad leader: it has %1 characters instead of 24</source>
        <translation>头标区错误：长度为 %1 个字符，应为 24 个</translation>
    </message>
    <message>
        <source>bad field: the tag &quot;%1&quot; is not three characters</source>
        <translation>字段错误：字段标识符“%1”不是三个字符</translation>
    </message>
    <message>
        <source>bad field: a subfield outside a data field</source>
        <translation>字段错误：子字段不在数据字段内</translation>
    </message>
    <message>
        <source>not well-formed XML at line %1: %2</source>
        <translation>第 %1 行的 XML 格式不正确：%2</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcWriter</name>
    <message>
        <source>Could not write the MARC file: %1</source>
        <translation>无法写入 MARC 文件：%1</translation>
    </message>
    <message>
        <source>YAZ could not write the MARC record %1.</source>
        <translation>YAZ 无法写出 MARC 记录 %1。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Migrator</name>
    <message>
        <source>This database was written by a newer version of SchoolSuite (module %1, schema %2; this program knows up to %3). Update SchoolSuite; the database was left untouched.</source>
        <translation>此数据库由更新版本的 SchoolSuite 写入（模块 %1，结构版本 %2；本程序最高支持 %3）。请升级 SchoolSuite。数据库未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>无法读取迁移脚本 %1。</translation>
    </message>
    <message>
        <source>Migration %1 %2 (%3) failed: %4</source>
        <translation>迁移 %1 %2（%3）失败：%4</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::NewUserDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>教职工(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::NoticeDialog</name>
    <message>
        <source>District notice</source>
        <translation>区县通知</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>发布于 %1</translation>
    </message>
    <message>
        <source>Published %1 by %2</source>
        <translation>%2 发布于 %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Fetching %1 from the district…</source>
        <translation>正在从区县平台下载 %1…</translation>
    </message>
    <message>
        <source>The attachment could not be saved as %1.</source>
        <translation>无法将附件保存为 %1。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::NumberLeases</name>
    <message>
        <source>A number sequence needs a name.</source>
        <translation>编号序列需要名称。</translation>
    </message>
    <message>
        <source>This computer has no numbers left for %1. Connect it to the district network and sync, then try again: each sync reserves numbers for offline work.</source>
        <translation>本机 %1 的可用编号已用完。请连接区县网络并同步后重试：每次同步都会预留一批编号供离线使用。</translation>
    </message>
    <message>
        <source>The district server granted an empty block of numbers (%1 to %2).</source>
        <translation>区县服务器分配的编号段为空（%1 至 %2）。</translation>
    </message>
    <message>
        <source>The district server granted numbers %1 to %2 of %3, which this computer already holds.</source>
        <translation>区县服务器分配的 %3 编号 %1 至 %2 与本机已有的编号重叠。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::OpenBoardImport</name>
    <message>
        <source>%1 is not an OpenBoard document.</source>
        <translation>%1 不是 OpenBoard 文档。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>%1 is damaged and was left out.</source>
        <translation>%1 已损坏，已略去。</translation>
    </message>
    <message>
        <source>%1 is not an SVG page and was left out.</source>
        <translation>%1 不是 SVG 页面，已略去。</translation>
    </message>
    <message>
        <source>%1 has no readable page.</source>
        <translation>%1 中没有可读取的页面。</translation>
    </message>
    <message>
        <source>%1 is not an IWB document (content.xml is missing).</source>
        <translation>%1 不是 IWB 文档（缺少 content.xml）。</translation>
    </message>
    <message>
        <source>%1 is not an IWB document.</source>
        <translation>%1 不是 IWB 文档。</translation>
    </message>
    <message>
        <source>The file breaks off at line %1 (%2); the pages before are kept.</source>
        <translation>文件在第 %1 行中断（%2）；之前的页面已保留。</translation>
    </message>
    <message>
        <source>%1: the page breaks off at line %2 (%3); what came before is kept.</source>
        <translation>%1：页面在第 %2 行中断（%3）；之前的内容已保留。</translation>
    </message>
    <message>
        <source>%1: left out, the whiteboard has no such item: %2.</source>
        <translation>%1：白板没有对应的对象，已略去：%2。</translation>
    </message>
    <message>
        <source>groups nested too deeply</source>
        <translation>嵌套过深的组</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>audio clip</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>%1: the %2 %3 is missing from the file and was left out.</source>
        <translation>%1：文件中缺少%2 %3，已略去。</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>widgets</source>
        <translation>小工具</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read (missing, damaged or too large).</source>
        <translation>%1：无法读取 %2（缺失、损坏或过大）。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeopleFields</name>
    <message>
        <source>Student no.</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>任教学科</translation>
    </message>
    <message>
        <source>Ed-tech training</source>
        <translation>教育技术培训</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1“%2”：%3</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>use up to 20 letters, digits or -</source>
        <translation>最多 20 个字母、数字或 -</translation>
    </message>
    <message>
        <source>a name has at most 40 characters</source>
        <translation>姓名最多 40 个字符</translation>
    </message>
    <message>
        <source>use 男 or 女 (M or F)</source>
        <translation>请填写“男”或“女”（也可填 M 或 F）</translation>
    </message>
    <message>
        <source>not a date (use 2015-09-01)</source>
        <translation>不是有效日期（格式如 2015-09-01）</translation>
    </message>
    <message>
        <source>the date is out of range</source>
        <translation>日期超出有效范围</translation>
    </message>
    <message>
        <source>not a phone number (11-digit mobile or 0xxx-xxxxxxx)</source>
        <translation>不是有效的电话号码（应为 11 位手机号或 0xxx-xxxxxxx）</translation>
    </message>
    <message>
        <source>not a grade (use 一年级 … 九年级, 高一 … 高三 or 1 … 12)</source>
        <translation>不是有效年级（请使用 一年级 … 九年级、高一 … 高三 或 1 … 12）</translation>
    </message>
    <message>
        <source>not a class (use 1班 or (1)班)</source>
        <translation>不是有效班级（请使用 1班 或 (1)班）</translation>
    </message>
    <message>
        <source>use 是 or 否 (yes or no)</source>
        <translation>请填写“是”或“否”（也可填 yes 或 no）</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>最多 200 个字符</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeopleImport</name>
    <message>
        <source>import people</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>缺少必填列 %1</translation>
    </message>
    <message>
        <source>%1 appears again (first in row %2)</source>
        <translation>%1 重复出现（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>%1 does not match the ID number (%2)</source>
        <translation>%1 与身份证号不符（身份证号中为 %2）</translation>
    </message>
    <message>
        <source>does not match the ID number</source>
        <translation>与身份证号不符</translation>
    </message>
    <message>
        <source>grade and class are given together</source>
        <translation>年级和班级须同时填写</translation>
    </message>
    <message>
        <source>%1 added, %2 updated</source>
        <translation>新增 %1 条，更新 %2 条</translation>
    </message>
    <message>
        <source>export people</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <source>%1 rows, ID numbers %2</source>
        <translation>%1 行，身份证号%2</translation>
    </message>
    <message>
        <source>in full</source>
        <translation>完整显示</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>已脱敏</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeopleModels</name>
    <message>
        <source>Enrolled</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>毕业</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>休学</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeopleModule</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>学籍状态</translation>
    </message>
    <message>
        <source>Ed-tech training</source>
        <translation>教育技术培训</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Multimedia</source>
        <translation>多媒体</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>School years</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>教职工</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeoplePage</name>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>教职工</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Import students</source>
        <translation>导入学生</translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation>导入教职工</translation>
    </message>
    <message>
        <source>students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>教职工</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>School years</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeopleService</name>
    <message>
        <source>view students</source>
        <translation>查看学生</translation>
    </message>
    <message>
        <source>see students of another class</source>
        <translation>查看其他班级的学生</translation>
    </message>
    <message>
        <source>There is no student %1.</source>
        <translation>学生 %1 不存在。</translation>
    </message>
    <message>
        <source>see ID numbers</source>
        <translation>查看身份证号</translation>
    </message>
    <message>
        <source>view staff</source>
        <translation>查看教职工</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>教职工 %1 不存在。</translation>
    </message>
    <message>
        <source>view classes</source>
        <translation>查看班级</translation>
    </message>
    <message>
        <source>view rooms</source>
        <translation>查看场所</translation>
    </message>
    <message>
        <source>edit students</source>
        <translation>编辑学生信息</translation>
    </message>
    <message>
        <source>Students have no field &quot;%1&quot;.</source>
        <translation>学生信息中没有字段“%1”。</translation>
    </message>
    <message>
        <source>change ID numbers</source>
        <translation>修改身份证号</translation>
    </message>
    <message>
        <source>Give both grade and class to move a student.</source>
        <translation>调整学生班级时须同时指定年级和班级。</translation>
    </message>
    <message>
        <source>edit staff</source>
        <translation>编辑教职工信息</translation>
    </message>
    <message>
        <source>Staff have no field &quot;%1&quot;.</source>
        <translation>教职工信息中没有字段“%1”。</translation>
    </message>
    <message>
        <source>add rooms</source>
        <translation>添加场所</translation>
    </message>
    <message>
        <source>add staff</source>
        <translation>添加教职工</translation>
    </message>
    <message>
        <source>add classes</source>
        <translation>添加班级</translation>
    </message>
    <message>
        <source>assign homeroom teachers</source>
        <translation>指定班主任</translation>
    </message>
    <message>
        <source>assign rooms</source>
        <translation>分配教室</translation>
    </message>
    <message>
        <source>%1 %2 already belongs to another staff member.</source>
        <translation>%1 %2 已属于另一名教职工。</translation>
    </message>
    <message>
        <source>add students</source>
        <translation>添加学生</translation>
    </message>
    <message>
        <source>Class is required.</source>
        <translation>必须填写班级。</translation>
    </message>
    <message>
        <source>enter ID numbers</source>
        <translation>录入身份证号</translation>
    </message>
    <message>
        <source>%1 %2 already belongs to another student.</source>
        <translation>%1 %2 已属于另一名学生。</translation>
    </message>
    <message>
        <source>Room name is required.</source>
        <translation>必须填写场所名称。</translation>
    </message>
    <message>
        <source>Room name &quot;%1&quot;: at most 40 characters.</source>
        <translation>场所名称“%1”：最多 40 个字符。</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot;: not a room type.</source>
        <translation>类型“%1”：不是有效的场所类型。</translation>
    </message>
    <message>
        <source>Floor %1: use a number from -5 to 100.</source>
        <translation>楼层 %1：请填写 -5 到 100 之间的数字。</translation>
    </message>
    <message>
        <source>Capacity %1: use a number from 0 to 2000.</source>
        <translation>容纳人数 %1：请填写 0 到 2000 之间的数字。</translation>
    </message>
    <message>
        <source>Building or note is too long.</source>
        <translation>楼宇或备注过长。</translation>
    </message>
    <message>
        <source>Room name &quot;%1&quot;: there is already a room of that name.</source>
        <translation>场所名称“%1”：已有同名场所。</translation>
    </message>
    <message>
        <source>edit rooms</source>
        <translation>编辑场所</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>没有场所 %1。</translation>
    </message>
    <message>
        <source>Class %1 already exists.</source>
        <translation>班级 %1 已存在。</translation>
    </message>
    <message>
        <source>Homeroom teacher: there is no such staff member.</source>
        <translation>班主任：没有这名教职工。</translation>
    </message>
    <message>
        <source>Room: there is no such room.</source>
        <translation>教室：没有这个场所。</translation>
    </message>
    <message>
        <source>edit classes</source>
        <translation>编辑班级</translation>
    </message>
    <message>
        <source>There is no class %1.</source>
        <translation>没有班级 %1。</translation>
    </message>
    <message>
        <source>edit another class</source>
        <translation>编辑其他班级</translation>
    </message>
    <message>
        <source>rename a class or change its homeroom teacher</source>
        <translation>修改班级名称或更换班主任</translation>
    </message>
    <message>
        <source>delete students</source>
        <translation>删除学生</translation>
    </message>
    <message>
        <source>delete staff</source>
        <translation>删除教职工</translation>
    </message>
    <message>
        <source>%1 is the homeroom teacher of %2; choose another homeroom teacher first.</source>
        <translation>%1 是 %2 的班主任，请先为该班级另选班主任。</translation>
    </message>
    <message>
        <source>delete classes</source>
        <translation>删除班级</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n student(s); move or delete them first.</source>
        <translation>
            <numerusform>%1 还有 %n 名学生，请先将他们转出或删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>delete rooms</source>
        <translation>删除场所</translation>
    </message>
    <message>
        <source>Room %1 is used by %2; give the class another room first.</source>
        <translation>场所 %1 正由 %2 使用，请先为该班级另选教室。</translation>
    </message>
    <message>
        <source>view school years</source>
        <translation>查看学年</translation>
    </message>
    <message>
        <source>add school years</source>
        <translation>添加学年</translation>
    </message>
    <message>
        <source>School year &quot;%1&quot;: use two following years like 2025-2026.</source>
        <translation>学年“%1”：请填写两个相邻年份，例如 2025-2026。</translation>
    </message>
    <message>
        <source>Start &quot;%1&quot;: not a date (use 2025-09-01).</source>
        <translation>开始日期“%1”：不是日期（例如 2025-09-01）。</translation>
    </message>
    <message>
        <source>End &quot;%1&quot;: not a date (use 2026-07-15).</source>
        <translation>结束日期“%1”：不是日期（例如 2026-07-15）。</translation>
    </message>
    <message>
        <source>End %1: must be after the start %2.</source>
        <translation>结束日期 %1：必须晚于开始日期 %2。</translation>
    </message>
    <message>
        <source>School year %1 already exists.</source>
        <translation>学年 %1 已存在。</translation>
    </message>
    <message>
        <source>set the current school year</source>
        <translation>设置当前学年</translation>
    </message>
    <message>
        <source>There is no school year %1.</source>
        <translation>没有学年 %1。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeopleText</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PickerDialog</name>
    <message>
        <source>Random student picker</source>
        <translation>随机点名</translation>
    </message>
    <message>
        <source>Allow a name again before everyone is called</source>
        <translation>全班点完之前允许重复点到同一人</translation>
    </message>
    <message>
        <source>Pick a student</source>
        <translation>点名</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>No students in this class</source>
        <translation>这个班没有学生</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) not called yet</source>
        <translation>
            <numerusform>还有 %n 名学生没有点到</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PullApplier</name>
    <message>
        <source>The server sent a row that is not a map.</source>
        <translation>区县平台服务器发来了一条格式错误的记录。</translation>
    </message>
    <message>
        <source>A row of %1 from the district has the same key as a row of this device (%2). Change or remove one of them; the next sync applies the district&apos;s row.</source>
        <translation>从区县平台取回的一条 %1 记录与本机的一条记录重复（%2）。请修改或删除其中一条，下次同步时会应用区县平台的这条记录。</translation>
    </message>
    <message>
        <source>A row of %1 from the district does not fit this device&apos;s data (%2).</source>
        <translation>从区县平台取回的一条 %1 记录与本机数据不符（%2）。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RegisterCategoriesDialog</name>
    <message>
        <source>Equipment categories</source>
        <translation>设备分类</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Service life</source>
        <translation>使用年限</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加分类</translation>
    </message>
    <message>
        <source>Add subcategory</source>
        <translation>添加子分类</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation>计入：</translation>
    </message>
    <message>
        <source>as the parent</source>
        <translation>同上级分类</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Service life:</source>
        <translation>使用年限：</translation>
    </message>
    <message>
        <source>Custom fields of items in this category:</source>
        <translation>此分类设备的自定义字段：</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>字段键</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <source>Save category</source>
        <translation>保存分类</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>(own category)</source>
        <translation>（自建分类）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新分类</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>新分类 %1</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RegisterMovementDialog</name>
    <message>
        <source>Move to room</source>
        <translation>调拨到场所</translation>
    </message>
    <message>
        <source>Assign to staff member</source>
        <translation>分配给教职工</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation>送修</translation>
    </message>
    <message>
        <source>Back from repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>报告丢失</translation>
    </message>
    <message>
        <source>Report found</source>
        <translation>找到</translation>
    </message>
    <message>
        <source>(where it was)</source>
        <translation>（原位置）</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>场所：</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Custodian:</source>
        <translation>使用人：</translation>
    </message>
    <message>
        <source>Name of the borrower or class</source>
        <translation>借用人或班级名称</translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation>借用人：</translation>
    </message>
    <message>
        <source>Due back:</source>
        <translation>归还日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list; choose from the list.</source>
        <translation>列表中没有“%1”，请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RegisterScanDialog</name>
    <message>
        <source>Scan tags</source>
        <translation>扫码批量操作</translation>
    </message>
    <message>
        <source>Scan the asset tags one after another (or type a tag and press Enter), then choose what to do with all of them.</source>
        <translation>逐个扫描资产标签（或输入编号后按回车），然后选择对它们执行的操作。</translation>
    </message>
    <message>
        <source>Scan or type an asset tag, then Enter</source>
        <translation>扫描或输入资产编号，按回车</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation>调拨到场所</translation>
    </message>
    <message>
        <source>Assign to staff member</source>
        <translation>分配给教职工</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>修改状态</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>场所：</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Custodian:</source>
        <translation>使用人：</translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation>借用人：</translation>
    </message>
    <message>
        <source>Due back:</source>
        <translation>归还日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>全部执行</translation>
    </message>
    <message>
        <source>%1  — not one of our tags</source>
        <translation>%1  —— 不是本校的编号</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s), %1 unknown</source>
        <translation>
            <numerusform>%n 个编号，其中 %1 个未知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个编号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n item(s) changed.</source>
        <translation>
            <numerusform>完成：已修改 %n 台设备。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RegisterTab</name>
    <message>
        <source>Tag, name, pinyin, room… (Ctrl+F)</source>
        <translation>编号、名称、拼音、位置…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>登记…</translation>
    </message>
    <message>
        <source>Register a new item</source>
        <translation>登记一台新设备</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>调拨…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <source>Lend…</source>
        <translation>借出…</translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation>归还…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Scan tags…</source>
        <translation>扫码…</translation>
    </message>
    <message>
        <source>Scan many tags and apply one action to all of them</source>
        <translation>扫描多个资产编号，对它们执行同一个操作</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>分类…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All but scrapped</source>
        <translation>除报废以外</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Select an item to see its details and history.</source>
        <translation>选中一台设备，查看详细信息和历史记录。</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Service life</source>
        <translation>使用年限</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), ended %1</source>
        <translation>
            <numerusform>%n 年，已于 %1 到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), until %1</source>
        <translation>
            <numerusform>%n 年，到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>to %1, due %2</source>
        <translation>借给 %1，%2 归还</translation>
    </message>
    <message>
        <source>Not on this computer yet; it arrives with the next sync.</source>
        <translation>本机还没有这张照片，下次同步时下载。</translation>
    </message>
    <message>
        <source>Import equipment</source>
        <translation>导入设备</translation>
    </message>
    <message>
        <source>Export equipment</source>
        <translation>导出设备</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>设备台账</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1.</source>
        <translation>
            <numerusform>已把 %n 台设备写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo cannot be copied to %1.</source>
        <translation>无法把照片复制到 %1。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RepairsModel</name>
    <message>
        <source>Reported on</source>
        <translation>报修日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>维修单位</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ReportDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>校长</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>文员</translation>
    </message>
    <message>
        <source>Librarian</source>
        <translation>图书管理员</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation>班主任</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RoomTypes</name>
    <message>
        <source>General classroom</source>
        <translation>普通教室</translation>
    </message>
    <message>
        <source>Computer lab</source>
        <translation>计算机网络教室</translation>
    </message>
    <message>
        <source>E-preparation room</source>
        <translation>电子备课室</translation>
    </message>
    <message>
        <source>E-reading room</source>
        <translation>电子阅览室</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>图书室</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Multimedia / functional room</source>
        <translation>多媒体/功能教室</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RoomsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Multimedia</source>
        <translation>多媒体</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RoomsTab</name>
    <message>
        <source>Add room…</source>
        <translation>添加场所…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select a room to see the details.</source>
        <translation>选择场所以查看详细信息。</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Multimedia</source>
        <translation>多媒体</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>添加场所</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>场所名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: not a whole number.</source>
        <translation>%1“%2”：不是整数。</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>删除场所</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除“%1”？</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SchoolYearsModel</name>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前学年</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SchoolYearsTab</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a school year</source>
        <translation>添加一个学年</translation>
    </message>
    <message>
        <source>Set as current</source>
        <translation>设为当前学年</translation>
    </message>
    <message>
        <source>Add school year</source>
        <translation>添加学年</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ScrapKeys</name>
    <message>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ScrapRequestsModel</name>
    <message>
        <source>disposal: %1</source>
        <translation>处置方式：%1</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ScrapService</name>
    <message>
        <source>view scrapping requests</source>
        <translation>查看报废申请</translation>
    </message>
    <message>
        <source>There is no scrapping request %1.</source>
        <translation>没有报废申请 %1。</translation>
    </message>
    <message>
        <source>ask for scrapping</source>
        <translation>申请报废</translation>
    </message>
    <message>
        <source>Say why the item should be scrapped.</source>
        <translation>请填写报废原因。</translation>
    </message>
    <message>
        <source>%1 (%2) is already scrapped.</source>
        <translation>%1（%2）已经报废。</translation>
    </message>
    <message>
        <source>%1 (%2) already has a scrapping request waiting for approval.</source>
        <translation>%1（%2）已有待审批的报废申请。</translation>
    </message>
    <message>
        <source>The scrapping request for %1 (%2) was already decided: %3.</source>
        <translation>%1（%2）的报废申请已处理：%3。</translation>
    </message>
    <message>
        <source>approve scrapping</source>
        <translation>批准报废</translation>
    </message>
    <message>
        <source>Scrapping approved by %1: %2</source>
        <translation>%1 批准报废：%2</translation>
    </message>
    <message>
        <source>disposal: %1</source>
        <translation>处置方式：%1</translation>
    </message>
    <message>
        <source>reject scrapping</source>
        <translation>驳回报废</translation>
    </message>
    <message>
        <source>Say why the scrapping of %1 (%2) is rejected.</source>
        <translation>请填写驳回 %1（%2）报废申请的理由。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ScrapWidget</name>
    <message>
        <source>Request scrapping…</source>
        <translation>申请报废…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Scrapping of %1 requested; it waits for the principal&apos;s approval.</source>
        <translation>已申请报废 %1，等待校长审批。</translation>
    </message>
    <message>
        <source>Approved: the item is recorded as scrapped.</source>
        <translation>已批准：该资产已登记为报废。</translation>
    </message>
    <message>
        <source>Rejected: the item stays in the register.</source>
        <translation>已驳回：该资产保留在资产账中。</translation>
    </message>
    <message>
        <source>Request scrapping</source>
        <translation>申请报废</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Asset tag:</source>
        <translation>资产编号：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Approve scrapping</source>
        <translation>批准报废</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>Disposal:</source>
        <translation>处置方式：</translation>
    </message>
    <message>
        <source>Reject scrapping</source>
        <translation>驳回报废</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SearchIndex</name>
    <message>
        <source>Search index error: %1</source>
        <translation>搜索索引错误：%1</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SearchPopup</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search people, classes, rooms… (Chinese, pinyin or initials)</source>
        <translation>搜索人员、班级、场所…（支持汉字、拼音或首字母）</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>教职工</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Session</name>
    <message>
        <source>%1 (%2) may not do this: %3.</source>
        <translation>%1（%2）无权执行此操作：%3。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SettingKey</name>
    <message>
        <source>not an http(s) URL</source>
        <translation>不是 http(s) 地址</translation>
    </message>
    <message>
        <source>not an absolute path</source>
        <translation>不是绝对路径</translation>
    </message>
    <message>
        <source>unknown module %1 (known: %2)</source>
        <translation>模块 %1 未知（可用：%2）</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>outside %1..%2, clamped</source>
        <translation>超出 %1..%2，已取最接近的值</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>不是 true 或 false</translation>
    </message>
    <message>
        <source>not one of zh_CN, en or empty (system)</source>
        <translation>不是 zh_CN、en 或空（跟随系统）之一</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>类型未知</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县平台</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies after SchoolSuite restarts.</source>
        <translation>新的语言将在 SchoolSuite 重新启动后生效。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Lock when &amp;idle for:</source>
        <translation>空闲多久后锁定(&amp;I)：</translation>
    </message>
    <message>
        <source>District &amp;address:</source>
        <translation>区县平台地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;School code:</source>
        <translation>学校代码(&amp;S)：</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>同步间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Allow sign-in &amp;without a connection to the district</source>
        <translation>允许在未连接区县平台时登录(&amp;W)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>The local databases are kept here. Moving the folder does not move existing data; the new folder is used after a restart.</source>
        <translation>本地数据库保存在此文件夹中。更改文件夹不会迁移现有数据；新文件夹在重新启动后启用。</translation>
    </message>
    <message>
        <source>Modules shown on this computer:</source>
        <translation>在本机显示的模块：</translation>
    </message>
    <message>
        <source>No modules are installed.</source>
        <translation>未安装任何模块。</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>The district address must be a web address starting with http:// or https://.</source>
        <translation>区县平台地址必须是以 http:// 或 https:// 开头的网址。</translation>
    </message>
    <message>
        <source>Enter the full path of a folder.</source>
        <translation>请输入文件夹的完整路径。</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is %3; it is ignored.</source>
        <translation>%1 = &quot;%2&quot;：%3，已忽略。</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is %3.</source>
        <translation>%1 = &quot;%2&quot;：%3。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Some values of your administrator&apos;s policy cannot be used&lt;/b&gt; (%1):&lt;ul&gt;%2&lt;/ul&gt;Tell your IT staff.</source>
        <translation>&lt;b&gt;管理员策略中有些值无法使用&lt;/b&gt;（%1）：&lt;ul&gt;%2&lt;/ul&gt;请告知学校的信息技术老师。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SetupWizard</name>
    <message>
        <source>Set up SchoolSuite</source>
        <translation>设置 SchoolSuite</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>This computer has no school yet. Enter your school and create the first administrator; more accounts can be added later.</source>
        <translation>本机尚未设置学校。请填写学校信息并创建首个系统管理员账户，其他账户可以稍后添加。</translation>
    </message>
    <message>
        <source>SchoolSuite keeps the school&apos;s records on this computer and works without a network. When your district platform is set up, it syncs with it in the background.</source>
        <translation>SchoolSuite 将学校数据保存在本机，无需联网即可使用。区县平台开通后，会在后台自动与其同步。</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>The school code is the one the education bureau gave your school.</source>
        <translation>学校代码即教育局为本校分配的代码。</translation>
    </message>
    <message>
        <source>Set by your administrator (machine policy)</source>
        <translation>由管理员通过计算机策略设置</translation>
    </message>
    <message>
        <source>e.g. 通化市东昌区实验学校</source>
        <translation>例如：通化市东昌区实验学校</translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation>学校代码(&amp;C)：</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>学校名称(&amp;N)：</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>首个系统管理员</translation>
    </message>
    <message>
        <source>This account manages users, settings and backups.</source>
        <translation>此账户负责管理用户、设置和备份。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ShellApp</name>
    <message>
        <source>SchoolSuite</source>
        <translation>SchoolSuite</translation>
    </message>
    <message>
        <source>The school&apos;s data cannot be opened.</source>
        <translation>无法打开学校数据。</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>SchoolSuite backups (*.db);;All files (*)</source>
        <translation>SchoolSuite 备份文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connecting this computer to the district platform…</source>
        <translation>正在将本机注册到区县平台…</translation>
    </message>
    <message>
        <source>This computer could not be enrolled with the district platform: %1</source>
        <translation>这台电脑未能注册到区县平台：%1</translation>
    </message>
    <message>
        <source>This computer is not connected to the district platform yet: %1
SchoolSuite tries again every minute. If this stays, tell your IT staff.</source>
        <translation>这台电脑尚未连接到区县平台：%1
学校管理套件每分钟重试一次。如果一直如此，请告知学校的信息技术老师。</translation>
    </message>
    <message>
        <source>This computer could not be connected to the district platform: %1
Tell your IT staff.</source>
        <translation>这台电脑未能连接到区县平台：%1
请告知学校的信息技术老师。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SignInDialog</name>
    <message>
        <source>Sign in to SchoolSuite</source>
        <translation>登录 SchoolSuite</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>SchoolSuite is locked</source>
        <translation>SchoolSuite 已锁定</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use. Enter your password to go on.</source>
        <translation>由于一段时间未操作，屏幕已锁定。请输入密码继续使用。</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Checking with the district platform…</source>
        <translation>正在向区县平台核对…</translation>
    </message>
    <message>
        <source>The district platform cannot be reached, and this computer allows signing in only with a connection to it.</source>
        <translation>无法连接区县平台，而本机只允许在联网时登录。</translation>
    </message>
    <message>
        <source>SchoolSuite</source>
        <translation>学校管理套件</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StaffTab</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected staff member (Enter)</source>
        <translation>编辑所选教职工（Enter）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Select a staff member to see the details.</source>
        <translation>选择教职工以查看详细信息。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Add staff member…</source>
        <translation>添加教职工…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>添加教职工</translation>
    </message>
    <message>
        <source>Delete staff member</source>
        <translation>删除教职工</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? They disappear from every list.</source>
        <translation>删除 %1（%2）？删除后该教职工将从所有列表中消失。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Statement</name>
    <message>
        <source>Database error: %1 in %2</source>
        <translation>数据库错误：%1（语句：%2）</translation>
    </message>
    <message>
        <source>more values than placeholders</source>
        <translation>值多于占位符</translation>
    </message>
    <message>
        <source>%1 values for %2 placeholders</source>
        <translation>%2 个占位符给了 %1 个值</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeBatch</name>
    <message>
        <source>The batch file is not text in UTF-8 or GBK.</source>
        <translation>该文件不是 UTF-8 或 GBK 编码的文本。</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>没有资产编号</translation>
    </message>
    <message>
        <source>Neither a room nor a time: &quot;%1&quot;</source>
        <translation>既不是房间也不是时间：“%1”</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No room: choose the room to import into</source>
        <translation>没有房间：请选择导入到哪个房间</translation>
    </message>
    <message>
        <source>The room is not part of this stocktake</source>
        <translation>该房间不在本次盘点范围内</translation>
    </message>
    <message>
        <source>Scrapped item %1</source>
        <translation>已报废资产 %1</translation>
    </message>
    <message>
        <source>Not a tag of this school</source>
        <translation>不是本校的资产编号</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeCounter</name>
    <message>
        <source>view stocktakes</source>
        <translation>查看盘点</translation>
    </message>
    <message>
        <source>scan for a stocktake</source>
        <translation>盘点扫码</translation>
    </message>
    <message>
        <source>The stocktake &quot;%1&quot; is %2: resume it to scan.</source>
        <translation>盘点“%1”%2：请先继续盘点再扫码。</translation>
    </message>
    <message>
        <source>The scanned tag is empty.</source>
        <translation>扫到的编号为空。</translation>
    </message>
    <message>
        <source>Choose the room you are counting.</source>
        <translation>请选择正在盘点的房间。</translation>
    </message>
    <message>
        <source>The room is not part of the stocktake &quot;%1&quot;.</source>
        <translation>该房间不在盘点“%1”的范围内。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeEntriesModel</name>
    <message>
        <source>%1 (scrapped)</source>
        <translation>%1（已报废）</translation>
    </message>
    <message>
        <source>%1 (registered as lost)</source>
        <translation>%1（登记为丢失）</translation>
    </message>
    <message>
        <source>Not in the register</source>
        <translation>不在资产账中</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>（无房间）</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Registered room</source>
        <translation>账面房间</translation>
    </message>
    <message>
        <source>Scanned in</source>
        <translation>扫到的房间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描次数</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeKeys</name>
    <message>
        <source>In progress</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeNewDialog</name>
    <message>
        <source>The whole school</source>
        <translation>全校</translation>
    </message>
    <message>
        <source>These rooms:</source>
        <translation>以下房间：</translation>
    </message>
    <message>
        <source>New stocktake</source>
        <translation>新建盘点</translation>
    </message>
    <message>
        <source>Stocktake %1</source>
        <translation>%1 盘点</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeReport</name>
    <message>
        <source>(no room)</source>
        <translation>（无房间）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Registered room</source>
        <translation>账面房间</translation>
    </message>
    <message>
        <source>Scanned in</source>
        <translation>扫到的房间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>registered as lost</source>
        <translation>登记为丢失</translation>
    </message>
    <message>
        <source>scrapped</source>
        <translation>已报废</translation>
    </message>
    <message>
        <source>%1 — stocktake report</source>
        <translation>%1 — 资产盘点报告</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation>全校</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>Rooms counted</source>
        <translation>已盘房间</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Expected items</source>
        <translation>应盘资产</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描次数</translation>
    </message>
    <message>
        <source>Found in their room</source>
        <translation>账实相符</translation>
    </message>
    <message>
        <source>Found in the wrong room</source>
        <translation>位置不符</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>盘亏</translation>
    </message>
    <message>
        <source>Not yet counted</source>
        <translation>未盘</translation>
    </message>
    <message>
        <source>Unknown tags</source>
        <translation>未知编号</translation>
    </message>
    <message>
        <source>Duplicate scans</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Counted by:</source>
        <translation>盘点人：</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>复核人：</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeService</name>
    <message>
        <source>view stocktakes</source>
        <translation>查看盘点</translation>
    </message>
    <message>
        <source>There is no stocktake %1.</source>
        <translation>没有盘点 %1。</translation>
    </message>
    <message>
        <source>start a stocktake</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>A stocktake needs a name.</source>
        <translation>盘点需要一个名称。</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>没有房间 %1。</translation>
    </message>
    <message>
        <source>change a stocktake</source>
        <translation>修改盘点</translation>
    </message>
    <message>
        <source>The stocktake &quot;%1&quot; is finished.</source>
        <translation>盘点“%1”已结束。</translation>
    </message>
    <message>
        <source>move equipment</source>
        <translation>调拨设备</translation>
    </message>
    <message>
        <source>The item was not scanned in a room.</source>
        <translation>该资产不是在某个房间中扫到的。</translation>
    </message>
    <message>
        <source>Stocktake &quot;%1&quot;</source>
        <translation>盘点“%1”</translation>
    </message>
    <message>
        <source>%1 (%2) is scrapped.</source>
        <translation>%1（%2）已报废。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeTab</name>
    <message>
        <source>No stocktake yet: start one with &quot;New stocktake&quot;.</source>
        <translation>还没有盘点：请点击“新建盘点”开始。</translation>
    </message>
    <message>
        <source>Ready: scan the first tag.</source>
        <translation>就绪：请扫描第一个资产编号。</translation>
    </message>
    <message>
        <source>Start or choose a stocktake first.</source>
        <translation>请先新建或选择一次盘点。</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>已找到：%1</translation>
    </message>
    <message>
        <source>Registered as lost: %1 — found here</source>
        <translation>登记为丢失：%1 — 在此找到</translation>
    </message>
    <message>
        <source>Wrong room: %1 is registered in %2</source>
        <translation>位置不符：%1 登记在 %2</translation>
    </message>
    <message>
        <source>Already scanned: %1 (first in %2)</source>
        <translation>重复扫描：%1（首次扫于 %2）</translation>
    </message>
    <message>
        <source>Scrapped: %1</source>
        <translation>已报废：%1</translation>
    </message>
    <message>
        <source>Unknown tag: %1 is not in the register</source>
        <translation>未知编号：%1 不在资产账中</translation>
    </message>
    <message>
        <source>Scans %1 · Found %2 · Wrong room %3 · Missing %4 · Not yet counted %5 · Unknown %6 · Duplicates %7</source>
        <translation>扫描 %1 · 已找到 %2 · 位置不符 %3 · 盘亏 %4 · 未盘 %5 · 未知 %6 · 重复 %7</translation>
    </message>
    <message>
        <source>Found (%1)</source>
        <translation>已找到（%1）</translation>
    </message>
    <message>
        <source>Wrong room (%1)</source>
        <translation>位置不符（%1）</translation>
    </message>
    <message>
        <source>Missing (%1)</source>
        <translation>盘亏（%1）</translation>
    </message>
    <message>
        <source>Not yet counted (%1)</source>
        <translation>未盘（%1）</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知编号（%1）</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>重复扫描（%1）</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>（无房间）</translation>
    </message>
    <message>
        <source>Scan a tag (or type it and press Enter)</source>
        <translation>扫描资产编号（或输入后按回车）</translation>
    </message>
    <message>
        <source>Resume the stocktake to scan</source>
        <translation>继续盘点后才能扫码</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>New stocktake…</source>
        <translation>新建盘点…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Room being counted:</source>
        <translation>正在盘点的房间：</translation>
    </message>
    <message>
        <source>Move the selected items to the room they were found in</source>
        <translation>移到扫到它的房间</translation>
    </message>
    <message>
        <source>Import scanner file…</source>
        <translation>导入扫码枪文件…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Finish stocktake</source>
        <translation>结束盘点</translation>
    </message>
    <message>
        <source>%1 items are in rooms not counted yet; finishing reports them as missing. Finish anyway?</source>
        <translation>还有 %1 件资产所在的房间尚未盘点，结束后将计为盘亏。仍要结束吗？</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) to the room they were found in.</source>
        <translation>
            <numerusform>已将 %n 件资产移到扫到它的房间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import scanner file</source>
        <translation>导入扫码枪文件</translation>
    </message>
    <message>
        <source>Scanner files (*.txt *.csv *.dat);;All files (*)</source>
        <translation>扫码枪文件 (*.txt *.csv *.dat);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported %1 scans: %2 found, %3 in the wrong room, %4 duplicates, %5 unknown.</source>
        <translation>已导入 %1 条扫描：已找到 %2，位置不符 %3，重复 %4，未知编号 %5。</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>第 %1 行：%2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) need a look.</source>
        <translation>
            <numerusform>有 %n 行需要查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save stocktake report</source>
        <translation>保存盘点报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
    <message>
        <source>Stocktake report</source>
        <translation>盘点报告</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StoreBlobs</name>
    <message>
        <source>This computer is not enrolled with a district platform yet.</source>
        <translation>本机尚未注册到区县平台。</translation>
    </message>
    <message>
        <source>This computer&apos;s district credential is missing from the keychain; enroll it again.</source>
        <translation>系统钥匙串中找不到本机的区县平台凭据，请重新注册本机。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StoreMaintenance</name>
    <message>
        <source>schema %1: version %2 of %3</source>
        <translation>数据库结构 %1：版本 %2/%3</translation>
    </message>
    <message>
        <source>schema %1 is at version %2, expected %3</source>
        <translation>数据库结构 %1 的版本为 %2，应为 %3</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message>
        <source>foreign key: row %1 of %2 points to a missing row of %3</source>
        <translation>外键：%2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>… and %1 more foreign-key problems</source>
        <translation>… 另有 %1 个外键问题</translation>
    </message>
    <message>
        <source>foreign keys: ok</source>
        <translation>外键：正常</translation>
    </message>
    <message>
        <source>change capture: %1 synced tables</source>
        <translation>变更捕获：%1 个同步表</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 已存在，请另选文件名。</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot copy %1.</source>
        <translation>无法复制 %1。</translation>
    </message>
    <message>
        <source>%1 is not a SchoolSuite backup.</source>
        <translation>%1 不是 SchoolSuite 备份文件。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>备份 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The school&apos;s data is in use; close SchoolSuite everywhere on this computer and restore again.</source>
        <translation>学校数据正在使用中；请关闭本机上所有的 SchoolSuite 后再恢复。</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current store as %1.</source>
        <translation>无法将当前数据库另存为 %1。</translation>
    </message>
    <message>
        <source>Cannot put the restored store in place: %1</source>
        <translation>无法放入恢复的数据库：%1</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StudentsTab</name>
    <message>
        <source>Show ID number</source>
        <translation>显示身份证号</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected student (Enter)</source>
        <translation>编辑所选学生（Enter）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>班级(&amp;C)：</translation>
    </message>
    <message>
        <source>Show the full ID number; this is written to the audit log</source>
        <translation>显示完整的身份证号，此操作将记入审计日志</translation>
    </message>
    <message>
        <source>Your role may not see ID numbers</source>
        <translation>您的角色无权查看身份证号</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <source>Select a student to see the details.</source>
        <translation>选择学生以查看详细信息。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>学籍状态</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>不修改（%1）</translation>
    </message>
    <message>
        <source>Add student…</source>
        <translation>添加学生…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add student</source>
        <translation>添加学生</translation>
    </message>
    <message>
        <source>Delete student</source>
        <translation>删除学生</translation>
    </message>
    <message>
        <source>Delete %1 (%2, %3)? The student disappears from every list.</source>
        <translation>删除 %1（%2，%3）？删除后该学生将从所有列表中消失。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SvgPage</name>
    <message>
        <source>not an SVG page</source>
        <translation>不是 SVG 页面</translation>
    </message>
    <message>
        <source>the SVG breaks off at line %1: %2</source>
        <translation>SVG 在第 %1 行中断：%2</translation>
    </message>
    <message>
        <source>the SVG is cut short; what came before is kept</source>
        <translation>SVG 不完整，已保留之前的内容</translation>
    </message>
    <message>
        <source>groups nested too deeply were left out</source>
        <translation>嵌套过深的分组已略去</translation>
    </message>
    <message>
        <source>stroke %1 has no points and was left out</source>
        <translation>笔画 %1 没有点，已略去</translation>
    </message>
    <message>
        <source>shape %1 has too few points and was left out</source>
        <translation>图形 %1 的点太少，已略去</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncClient</name>
    <message>
        <source>This device is not enrolled with the district. Run &quot;schoolsuite-cli enroll&quot; or use the Sync page first.</source>
        <translation>本机尚未注册到区县平台。请先运行“schoolsuite-cli enroll”，或在“同步”页面中操作。</translation>
    </message>
    <message>
        <source>The keychain holds no credential for this device. Enroll it again.</source>
        <translation>系统钥匙串中没有本机的凭据，请重新注册本机。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>The district server sent a pull answer without rows or cursor.</source>
        <translation>区县平台服务器返回的取回结果中缺少记录或同步位置。</translation>
    </message>
    <message>
        <source>The district deletes %1 of the %2 rows of %3 on this device. Nothing was deleted; an administrator confirms it with &quot;schoolsuite-cli sync --confirm-deletes&quot; or on the Sync page.</source>
        <translation>区县平台要删除本机 %3 表 %2 条记录中的 %1 条。目前尚未删除任何记录；需由管理员运行“schoolsuite-cli sync --confirm-deletes”或在“同步”页面上确认。</translation>
    </message>
    <message>
        <source>The district server keeps reporting a different dataset. Ask the district administrator to check the server.</source>
        <translation>区县平台服务器一再报告不同的数据集，请联系区县管理员检查服务器。</translation>
    </message>
    <message>
        <source>The district server did not name its dataset (epoch).</source>
        <translation>区县平台服务器没有给出数据集标识（epoch）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district server address: use https://HOST[:PORT] (http:// only for a server on this computer).</source>
        <translation>“%1”不是有效的区县平台服务器地址：请使用 https://HOST[:PORT]（只有服务器就在本机时才可以用 http://）。</translation>
    </message>
    <message>
        <source>The enrollment key is empty.</source>
        <translation>注册密钥不能为空。</translation>
    </message>
    <message>
        <source>The store in %1 belongs to school %2, not %3. Enroll it with its own school code, or use another data folder.</source>
        <translation>%1 中的本地数据库属于学校 %2，而不是 %3。请用该校自己的学校代码注册，或改用其他数据文件夹。</translation>
    </message>
    <message>
        <source>The district server refused the enrollment: %1 (%2). Ask the district administrator for a new key (&quot;schoolsuite-district admin enrollment-key %3&quot;).</source>
        <translation>区县平台服务器拒绝了注册：%1（%2）。请向区县管理员索取新的注册密钥（“schoolsuite-district admin enrollment-key %3”）。</translation>
    </message>
    <message>
        <source>The district server&apos;s enrollment answer lacks the device or school.</source>
        <translation>区县平台服务器的注册应答中缺少设备或学校信息。</translation>
    </message>
    <message>
        <source>The district server enrolled this device for school %1 instead of %2.</source>
        <translation>区县平台服务器把本机注册到了学校 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>The district server&apos;s push answer is not for batch %1.</source>
        <translation>区县平台服务器的应答与发送批次 %1 不符。</translation>
    </message>
    <message>
        <source>The district server holds this device&apos;s changes: they delete %1 of the %2 rows of %3. The district administrator confirms them with &quot;schoolsuite-district admin confirm-held %4&quot; (or an administrator on the Sync page); until then this device only receives changes.</source>
        <translation>区县平台服务器暂存了本机的修改：这些修改要删除 %3 表 %2 条记录中的 %1 条。需由区县管理员运行“schoolsuite-district admin confirm-held %4”确认（或由管理员在“同步”页面上确认）；在此之前，本机只取回修改，不发送。</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1: %2</source>
        <translation>无法读取 CA 证书 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>The district server answered a request for numbers of %1 with no block of numbers.</source>
        <translation>向区县服务器申请 %1 的编号时，服务器没有返回编号段。</translation>
    </message>
    <message numerus="yes">
        <source>%n pulled row(s) could not be applied here; see the conflicts.</source>
        <translation>
            <numerusform>有 %n 条拉取的数据无法在本机应用，请查看冲突列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy of the file %1 on this device is damaged.</source>
        <translation>本机上文件 %1 的副本已损坏。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of synced rows (photos, attachments) could not be sent or fetched (%1); the next sync tries again.</source>
        <translation>
            <numerusform>%n 个同步记录的文件（照片、附件）未能上传或下载（%1）；下次同步时将重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The district server %1 cannot be reached (%2).</source>
        <translation>无法连接区县平台服务器 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncController</name>
    <message>
        <source>The keychain holds no credential for this device. Enroll it again.</source>
        <translation>系统钥匙串中没有本机的凭据，请重新注册本机。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncDetail</name>
    <message>
        <source>The district server %1 cannot be reached (%2). Changes stay on this device and go out with the next sync.</source>
        <translation>无法连接区县平台服务器 %1（%2）。修改会保存在本机，下次同步时发送。</translation>
    </message>
    <message>
        <source>The district has revoked this device. Enroll it again with a new key from the district administrator.</source>
        <translation>区县平台已撤销本机的注册。请向区县管理员索取新的注册密钥，重新注册本机。</translation>
    </message>
    <message>
        <source>The district server does not know this device (%1). Enroll it again.</source>
        <translation>区县平台服务器上没有本机的注册信息（%1），请重新注册本机。</translation>
    </message>
    <message>
        <source>The district server refused the request: %1 (%2).</source>
        <translation>区县平台服务器拒绝了请求：%1（%2）。</translation>
    </message>
    <message>
        <source>The district server %1 sent an answer this program does not understand (%2). Nothing was changed here.</source>
        <translation>区县平台服务器 %1 返回了本软件无法识别的内容（%2）。本机数据没有任何改动。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncHistoryModel</name>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>等待确认</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>启动时</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已取回</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Network restored</source>
        <translation>网络恢复</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncModule</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncPage</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Confirm the deletions</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <source>When two computers changed the same field before they synced, the later change is kept and the other is listed here. Restore it if it was the right one.</source>
        <translation>两台电脑在同步之前改了同一条记录的同一个字段时，较晚的修改生效，另一个值列在这里。如果另一个值才是对的，请恢复它。</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>保留当前值</translation>
    </message>
    <message>
        <source>Restore the other value</source>
        <translation>恢复另一个值</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>未能应用</translation>
    </message>
    <message numerus="yes">
        <source>Offline · no district platform set · %n change(s) pending</source>
        <translation>
            <numerusform>离线 · 未设置区县平台 · %n 项修改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) pending · last sync %1</source>
        <translation>
            <numerusform>离线 · %n 项修改待发送 · 上次同步 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) pending</source>
        <translation>
            <numerusform>离线 · %n 项修改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing… · %n change(s) pending</source>
        <translation>
            <numerusform>正在同步… · %n 项修改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1 · %n change(s) pending</source>
        <translation>
            <numerusform>同步于 %1 · %n 项修改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date · synced at %1</source>
        <translation>已是最新 · 同步于 %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync waits for an administrator · %n change(s) pending</source>
        <translation>
            <numerusform>同步等待管理员确认 · %n 项修改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync error · %n change(s) pending</source>
        <translation>
            <numerusform>同步出错 · %n 项修改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>有 %n 项修改等待发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>没有待发送的修改。</translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation>上次同步：%1。</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>尚未同步过。</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a district platform</source>
        <translation>本机尚未注册到区县平台</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Up to date with the district</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sync waits for an administrator</source>
        <translation>同步等待管理员确认</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步出错</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>When</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Not applied (%1)</source>
        <translation>未能应用（%1）</translation>
    </message>
    <message>
        <source>The records will be deleted on this computer as the district platform asks. Continue?</source>
        <translation>将按区县平台的要求在本机删除这些记录。是否继续？</translation>
    </message>
    <message>
        <source>Changes are kept on this computer. An administrator can enroll it in Settings › District.</source>
        <translation>修改都保存在本机。管理员可以在“设置 › 区县平台”中注册本机。</translation>
    </message>
    <message>
        <source>Synced; new changes go with the next sync</source>
        <translation>已同步；新的修改将在下次同步时发送</translation>
    </message>
    <message>
        <source>The district platform would delete %1 of the %2 records of &quot;%3&quot; on this computer. Deletions on this scale need an administrator&apos;s confirmation.</source>
        <translation>区县平台要在本机删除“%3”的 %2 条记录中的 %1 条。这么大量的删除需要管理员确认。</translation>
    </message>
    <message>
        <source>Changes from this computer would delete many records at once. The district platform keeps them until the district administrator confirms them (batch %1); other changes still arrive.</source>
        <translation>本机的修改会一次删除大量记录。区县平台会暂存这些修改，等区县管理员确认（批次 %1）；其他修改照常同步。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncSchema</name>
    <message>
        <source>The synced table %1 does not exist.</source>
        <translation>同步表 %1 不存在。</translation>
    </message>
    <message>
        <source>The synced table %1 lacks the column %2.</source>
        <translation>同步表 %1 缺少列 %2。</translation>
    </message>
    <message>
        <source>change capture: trigger %1 is missing</source>
        <translation>变更捕获：缺少触发器 %1</translation>
    </message>
    <message>
        <source>change capture: trigger %1 was changed</source>
        <translation>变更捕获：触发器 %1 已被修改</translation>
    </message>
    <message>
        <source>The synced table %1 has more than 60 columns.</source>
        <translation>同步表 %1 的列超过 60 个。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::TabularReader</name>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: a quoted cell is not closed.</source>
        <translation>%1：带引号的单元格缺少结束引号。</translation>
    </message>
    <message>
        <source>%1: the text is not valid %2. Save the file as UTF-8 or choose its encoding.</source>
        <translation>%1：文本不是有效的 %2 编码。请将文件另存为 UTF-8，或选择正确的编码。</translation>
    </message>
    <message>
        <source>This computer cannot read %1 text. Save the file as UTF-8.</source>
        <translation>本机无法读取 %1 编码的文本。请将文件另存为 UTF-8。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook. Open it in Excel and save it as an .xlsx workbook or as CSV.</source>
        <translation>%1 是 Excel 97-2003 工作簿。请在 Excel 中打开，并另存为 .xlsx 工作簿或 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 is neither a CSV nor an XLSX file.</source>
        <translation>%1 既不是 CSV 文件，也不是 XLSX 文件。</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an XLSX file (%2).</source>
        <translation>%1 已损坏或不是 XLSX 文件（%2）。</translation>
    </message>
    <message>
        <source>%1 has no worksheet number %2.</source>
        <translation>%1 中没有第 %2 个工作表。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::TabularWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: use a .csv or .xlsx file name.</source>
        <translation>无法写入 %1：文件扩展名应为 .csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>Excel allows at most 1,048,576 rows and 16,384 columns.</source>
        <translation>Excel 最多允许 1,048,576 行、16,384 列。</translation>
    </message>
    <message>
        <source>a cell in row %1 is longer than the 32,767 characters Excel allows.</source>
        <translation>第 %1 行有单元格超过了 Excel 允许的 32,767 个字符。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ThisComputer</name>
    <message>
        <source>SMBIOS UUID</source>
        <translation>SMBIOS UUID</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>view rooms</source>
        <translation>查看房间</translation>
    </message>
    <message>
        <source>The computer needs a name.</source>
        <translation>请填写计算机名称。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ThisComputerDialog</name>
    <message>
        <source>Reading this computer&apos;s hardware…</source>
        <translation>正在读取本机硬件信息…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机登记</translation>
    </message>
    <message>
        <source>What this computer says about itself</source>
        <translation>本机硬件信息</translation>
    </message>
    <message>
        <source>In the asset register</source>
        <translation>资产登记</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>（无房间）</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>房间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <translation>使用对象(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>计算机名：</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>操作系统：</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>处理器：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>System disk:</source>
        <translation>系统盘：</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Maker and model:</source>
        <translation>品牌型号：</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>SMBIOS UUID:</source>
        <translation>SMBIOS UUID：</translation>
    </message>
    <message>
        <source>Network adapters (MAC):</source>
        <translation>网卡（MAC 地址）：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Laptop (has a battery)</source>
        <translation>笔记本计算机（有电池）</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>台式计算机</translation>
    </message>
    <message>
        <source>Registered as %1 (%2), recognised by its %3.</source>
        <translation>已登记为 %1（%2），根据%3识别。</translation>
    </message>
    <message>
        <source>&amp;Update hardware facts</source>
        <translation>更新硬件信息(&amp;U)</translation>
    </message>
    <message>
        <source>Not registered. This computer reports no serial number, UUID or network adapter, so it cannot be recognised later; register it once only.</source>
        <translation>尚未登记。本机没有报告序列号、UUID 或网卡，以后无法自动识别；请只登记一次。</translation>
    </message>
    <message>
        <source>This computer is not in the asset register yet.</source>
        <translation>本机尚未登记为资产。</translation>
    </message>
    <message>
        <source>Registered as %1.</source>
        <translation>已登记为 %1。</translation>
    </message>
    <message>
        <source>Updated the hardware facts of %1.</source>
        <translation>已更新 %1 的硬件信息。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Timetable</name>
    <message>
        <source>view the timetable</source>
        <translation>查看作息时间</translation>
    </message>
    <message>
        <source>The school day needs at least one period.</source>
        <translation>一天至少要有一节课。</translation>
    </message>
    <message>
        <source>Period %1: use a number from 1 to 20.</source>
        <translation>第%1节：节次编号请用 1 到 20 的数字。</translation>
    </message>
    <message>
        <source>Period %1: the number is used twice.</source>
        <translation>第%1节：节次编号重复了。</translation>
    </message>
    <message>
        <source>Period %1: enter the start and end as hh:mm.</source>
        <translation>第%1节：请按“时:分”填写开始和结束时间。</translation>
    </message>
    <message>
        <source>Period %1: the start (%2) must be before the end (%3).</source>
        <translation>第%1节：开始时间（%2）必须早于结束时间（%3）。</translation>
    </message>
    <message>
        <source>Period %1: the name is longer than 20 characters.</source>
        <translation>第%1节：名称超过 20 个字。</translation>
    </message>
    <message>
        <source>Period %1 (%2) overlaps period %3 (%4).</source>
        <translation>第%1节（%2）与第%3节（%4）时间重叠。</translation>
    </message>
    <message>
        <source>Period %1 starts after period %2: number the periods in the order of the day.</source>
        <translation>第%1节排在第%2节之后：请按一天的先后顺序给节次编号。</translation>
    </message>
    <message>
        <source>change the timetable</source>
        <translation>修改作息时间</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>第%1节</translation>
    </message>
    <message>
        <source>periods %1–%2</source>
        <translation>第%1–%2节</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::TimetableDialog</name>
    <message>
        <source>Timetable periods</source>
        <translation>作息时间</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>节次</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Bookings are made by period number. Times are hh:mm; leave the name empty for &quot;Period N&quot;.</source>
        <translation>预约按节次进行。时间格式为“时:分”；名称留空时显示为“第N节”。</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>添加节次</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>删除节次</translation>
    </message>
    <message>
        <source>Default day</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Row %1: the number &quot;%2&quot; is not a whole number.</source>
        <translation>第 %1 行：节次“%2”不是整数。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::TimetablePeriod</name>
    <message>
        <source>Period %1</source>
        <translation>第%1节</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::TitleDialog</name>
    <message>
        <source>Add a title</source>
        <translation>新增题名</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>编辑题名</translation>
    </message>
    <message>
        <source>&amp;ISBN:</source>
        <translation>&amp;ISBN：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>题名(&amp;T)：</translation>
    </message>
    <message>
        <source>Title proper, then &quot; : &quot; and other title information</source>
        <translation>正题名，其后为“ : ”和其他题名信息</translation>
    </message>
    <message>
        <source>&amp;Responsibility:</source>
        <translation>责任者(&amp;R)：</translation>
    </message>
    <message>
        <source>鲁迅著; 苏农译</source>
        <translation>鲁迅著; 苏农译</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>出版者(&amp;P)：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>出版地：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>出版年(&amp;Y)：</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>版次：</translation>
    </message>
    <message>
        <source>&amp;Class number:</source>
        <translation>分类号(&amp;C)：</translation>
    </message>
    <message>
        <source>中图法, like I247.5</source>
        <translation>中图法分类号，如 I247.5</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>主题词：</translation>
    </message>
    <message>
        <source>separated by ；</source>
        <translation>以“；”分隔</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>丛书：</translation>
    </message>
    <message>
        <source>Price (yuan):</source>
        <translation>定价（元）：</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>页数：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语种：</translation>
    </message>
    <message>
        <source>chi, eng, …</source>
        <translation>chi、eng…</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>提要：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>No ISBN: the book is found by title, class and barcode.</source>
        <translation>无 ISBN：可按题名、分类号和条码号检索。</translation>
    </message>
    <message>
        <source>Valid: ISBN-13 %1</source>
        <translation>有效：ISBN-13 %1</translation>
    </message>
    <message>
        <source>Valid: ISBN-13 %1, ISBN-10 %2</source>
        <translation>有效：ISBN-13 %1，ISBN-10 %2</translation>
    </message>
    <message>
        <source>Price: %1 is not an amount in yuan (like 29.80)</source>
        <translation>定价：%1 不是以元为单位的金额（如 29.80）</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::UsersModel</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::UsersPage</name>
    <message>
        <source>Add account…</source>
        <translation>添加账户…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>New password for %1 (at least %2 characters):</source>
        <translation>%1 的新密码（至少 %2 个字符）：</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Validators</name>
    <message>
        <source>an ID number has 17 digits and a digit or X</source>
        <translation>身份证号应为 17 位数字加 1 位数字或 X</translation>
    </message>
    <message>
        <source>the birth date in the ID number is not a date</source>
        <translation>身份证号中的出生日期无效</translation>
    </message>
    <message>
        <source>the check character is wrong (expected %1)</source>
        <translation>校验码错误（应为 %1）</translation>
    </message>
    <message>
        <source>a student number is G, L or J followed by 18 digits (the last may be X)</source>
        <translation>学籍号应为 G、L 或 J 加 18 位数字（最后一位可以是 X）</translation>
    </message>
    <message>
        <source>a G number holds an ID number, and %1</source>
        <translation>G 字头学籍号包含身份证号，但%1</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ValueReport</name>
    <message>
        <source>view the value report</source>
        <translation>查看资产价值报表</translation>
    </message>
    <message>
        <source>No price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>No purchase date</source>
        <translation>无购置日期</translation>
    </message>
    <message>
        <source>view the replacement list</source>
        <translation>查看更新计划</translation>
    </message>
    <message>
        <source>%1 — equipment value</source>
        <translation>%1 — 资产价值报表</translation>
    </message>
    <message>
        <source>As of %1. Straight-line depreciation by month over the category&apos;s service life, no residual value; amounts in yuan.</source>
        <translation>截至 %1。按资产分类的使用年限以年限平均法按月计提折旧，不考虑净残值；金额单位：元。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Original cost</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Accumulated depreciation</source>
        <translation>累计折旧</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>净值</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Items without price or purchase date</source>
        <translation>无价格或无购置日期的资产</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>盘亏</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Service life (years)</source>
        <translation>使用年限（年）</translation>
    </message>
    <message>
        <source>End of service life</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Past its service life</source>
        <translation>已超使用年限</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 — computers due for replacement</source>
        <translation>%1 — 待更新计算机清单</translation>
    </message>
    <message>
        <source>Computers whose service life ends by %1, oldest first: %2.</source>
        <translation>截至 %1 达到使用年限的计算机，按购置时间排序：%2 台。</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) without a purchase date are not listed.</source>
        <translation>
            <numerusform>另有 %n 台计算机没有购置日期，未列入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Equipment value</source>
        <translation>资产价值报表</translation>
    </message>
    <message>
        <source>Computers due for replacement</source>
        <translation>待更新计算机清单</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ValueReportModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Original cost (yuan)</source>
        <translation>原值（元）</translation>
    </message>
    <message>
        <source>Accumulated depreciation (yuan)</source>
        <translation>累计折旧（元）</translation>
    </message>
    <message>
        <source>Net value (yuan)</source>
        <translation>净值（元）</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ValueTab</name>
    <message>
        <source>Scrapping</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Replacement planning</source>
        <translation>更新计划</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Value as of:</source>
        <translation>价值截至：</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>盘亏</translation>
    </message>
    <message>
        <source>Items without price or purchase date (not valued):</source>
        <translation>无价格或无购置日期的资产（未计价）：</translation>
    </message>
    <message>
        <source>Save value report</source>
        <translation>保存资产价值报表</translation>
    </message>
    <message>
        <source>Equipment value %1</source>
        <translation>资产价值 %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Computers reaching the end of their service life by:</source>
        <translation>在此日期前达到使用年限的计算机：</translation>
    </message>
    <message>
        <source>Save replacement list</source>
        <translation>保存更新清单</translation>
    </message>
    <message>
        <source>Computers due for replacement</source>
        <translation>待更新计算机清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 items valued: original cost %2 yuan, net value %3 yuan. Straight-line depreciation by month over the category&apos;s service life, no residual value.</source>
        <translation>已计价 %1 件：原值 %2 元，净值 %3 元。按分类使用年限以年限平均法按月计提折旧，不考虑净残值。</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) to replace, oldest first.</source>
        <translation>
            <numerusform>需更新计算机 %n 台，按购置时间排序。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) without a purchase date are not listed.</source>
        <translation>
            <numerusform>另有 %n 台计算机没有购置日期，未列入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scrapping and value</source>
        <translation>报废与价值</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::WhiteboardModule</name>
    <message>
        <source>Whiteboard</source>
        <translation>白板</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>白板</translation>
    </message>
    <message>
        <source>Board versions</source>
        <translation>白板版本</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::WhiteboardPage</name>
    <message>
        <source>use the whiteboard</source>
        <translation>使用白板</translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation>未命名白板</translation>
    </message>
    <message>
        <source>Recover the board</source>
        <translation>恢复白板</translation>
    </message>
    <message numerus="yes">
        <source>The board “%1” was not closed properly (%2). %n change(s) made after it was last saved can be recovered.</source>
        <translation>
            <numerusform>白板“%1”上次没有正常关闭（%2）。最后一次保存后的 %n 处修改可以恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last stroke was cut off and is lost.</source>
        <translation>最后一笔没有写完整，已丢失。</translation>
    </message>
    <message>
        <source>Board %1</source>
        <translation>白板 %1</translation>
    </message>
    <message>
        <source>Open a board</source>
        <translation>打开白板</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>白板</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the board</source>
        <translation>导出白板</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>白板</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>荧光笔</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>粗细</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>细</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗</translation>
    </message>
    <message>
        <source>Extra bold</source>
        <translation>特粗</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>方格</translation>
    </message>
    <message>
        <source>Tian grid (田字格)</source>
        <translation>田字格</translation>
    </message>
    <message>
        <source>Mi grid (米字格)</source>
        <translation>米字格</translation>
    </message>
    <message>
        <source>Four lines (四线三格)</source>
        <translation>四线三格</translation>
    </message>
    <message>
        <source>Dark board</source>
        <translation>黑板</translation>
    </message>
    <message>
        <source>Dark board with grid</source>
        <translation>带方格的黑板</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>新建页</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>删除页</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Fingers move</source>
        <translation>手指移动</translation>
    </message>
    <message>
        <source>One finger moves the page instead of writing (two fingers always zoom and move)</source>
        <translation>单指移动页面而不书写（双指始终缩放和移动）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Page sorter</source>
        <translation>页面浏览</translation>
    </message>
    <message>
        <source>Move bar</source>
        <translation>移动工具栏</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Random student picker</source>
        <translation>随机点名</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>课堂工具</translation>
    </message>
    <message>
        <source>Laser</source>
        <translation>激光笔</translation>
    </message>
    <message>
        <source>Spotlight</source>
        <translation>聚光灯</translation>
    </message>
    <message>
        <source>Curtain</source>
        <translation>幕布</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Import a board</source>
        <translation>导入白板</translation>
    </message>
    <message>
        <source>Boards and documents (*.ssboard *.xopp *.xoj *.ubz *.iwb *.pdf *.png *.jpg *.jpeg)</source>
        <translation>白板和文档 (*.ssboard *.xopp *.xoj *.ubz *.iwb *.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG images, one per page (*.png);;IWB for other board programs (*.iwb);;SchoolSuite board (*.ssboard)</source>
        <translation>PDF (*.pdf);;PNG 图片，每页一张 (*.png);;供其他白板软件使用的 IWB (*.iwb);;SchoolSuite 白板 (*.ssboard)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a board (%2 MB at most).</source>
        <translation>%1 太大，不能放到白板上（最多 %2 MB）。</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read.</source>
        <translation>%1 不是可以读取的图片。</translation>
    </message>
    <message>
        <source>%1 is too large an image (%2 × %3 pixels).</source>
        <translation>%1 图片太大（%2 × %3 像素）。</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>%1 is not an audio or video clip.</source>
        <translation>%1 不是音频或视频。</translation>
    </message>
    <message>
        <source>Insert video</source>
        <translation>插入视频</translation>
    </message>
    <message>
        <source>Insert audio</source>
        <translation>插入音频</translation>
    </message>
    <message>
        <source>A link needs an address, a file or a board.</source>
        <translation>链接需要一个网址、文件或白板。</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <source>Insert a link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <source>https://… or a file</source>
        <translation>https://… 或文件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Or a board:</source>
        <translation>或者一块白板：</translation>
    </message>
    <message>
        <source>Text shown:</source>
        <translation>显示文字：</translation>
    </message>
    <message>
        <source>%1 cannot be opened on this computer.</source>
        <translation>本机无法打开 %1。</translation>
    </message>
    <message>
        <source>Open a link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <source>Audio or video clip…</source>
        <translation>音频或视频…</translation>
    </message>
    <message>
        <source>Insert a clip</source>
        <translation>插入音视频</translation>
    </message>
    <message>
        <source>Audio and video (*.mp3 *.wav *.ogg *.m4a *.mp4 *.webm *.mkv *.avi *.mov *.mpg *.mpeg)</source>
        <translation>音频和视频 (*.mp3 *.wav *.ogg *.m4a *.mp4 *.webm *.mkv *.avi *.mov *.mpg *.mpeg)</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>链接…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Whole strokes</source>
        <translation>整笔擦除</translation>
    </message>
    <message>
        <source>Part of strokes</source>
        <translation>局部擦除</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域擦除</translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation>直尺</translation>
    </message>
    <message>
        <source>Protractor</source>
        <translation>量角器</translation>
    </message>
    <message>
        <source>What was copied cannot be pasted on the board.</source>
        <translation>复制的内容无法粘贴到白板上。</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>%1 is not a web page or a file; the board does not open it.</source>
        <translation>%1 不是网页或文件，白板不会打开它。</translation>
    </message>
    <message>
        <source>Open the file %1?</source>
        <translation>要打开文件 %1 吗？</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Wire</name>
    <message>
        <source>The JSON body is malformed at byte %1: %2.</source>
        <translation>JSON 数据在第 %1 字节处格式错误：%2。</translation>
    </message>
    <message>
        <source>The JSON body is not an object.</source>
        <translation>JSON 数据不是对象。</translation>
    </message>
    <message>
        <source>The CBOR body is malformed at byte %1: %2.</source>
        <translation>CBOR 数据在第 %1 字节处格式错误：%2。</translation>
    </message>
    <message>
        <source>The CBOR body is not a map.</source>
        <translation>CBOR 数据不是映射（map）。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not an integer.</source>
        <translation>“%1”的值不是整数。</translation>
    </message>
    <message>
        <source>The text value &quot;%1&quot; is missing.</source>
        <translation>缺少文本值“%1”。</translation>
    </message>
</context>
<context>
    <name>SchoolSuite::XoppImport</name>
    <message>
        <source>%1 is not a Xournal++ document.</source>
        <translation>%1 不是 Xournal++ 文档。</translation>
    </message>
    <message>
        <source>The file breaks off at line %1 (%2); the pages before are kept.</source>
        <translation>文件在第 %1 行中断（%2），已保留之前的页面。</translation>
    </message>
    <message>
        <source>%1 has no readable page.</source>
        <translation>%1 没有可读取的页面。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>no valid page size; the board size is used</source>
        <translation>页面尺寸无效，已使用白板尺寸</translation>
    </message>
    <message>
        <source>the PDF background %1 was not found beside the file; the page is blank under the ink</source>
        <translation>在文件旁未找到 PDF 背景 %1，笔迹下方为空白</translation>
    </message>
    <message>
        <source>the background image %1 was not found</source>
        <translation>未找到背景图片 %1</translation>
    </message>
    <message>
        <source>a stroke without points or width (line %1) was left out</source>
        <translation>没有点或宽度的笔画（第 %1 行）已略去</translation>
    </message>
    <message>
        <source>an image that could not be read (line %1) was left out</source>
        <translation>无法读取的图片（第 %1 行）已略去</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 unpacks to more than 1 GB; it is not opened.</source>
        <translation>%1 解压后超过 1 GB，不予打开。</translation>
    </message>
    <message>
        <source>The compressed file is damaged or cut short.</source>
        <translation>压缩文件已损坏或不完整。</translation>
    </message>
</context>
</TS>
