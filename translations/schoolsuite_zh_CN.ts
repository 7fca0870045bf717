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
        <source>Usage: schoolsuite-cli [--data-dir DIR] [--lang zh_CN|en] COMMAND ...

Commands:
</source>
        <translation>用法：schoolsuite-cli [--data-dir DIR] [--lang zh_CN|en] COMMAND ...

命令：
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
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
</context>
<context>
    <name>SchoolSuite::DemoSchool</name>
    <message>
        <source>This store already holds a school; use an empty data folder for the demo.</source>
        <translation>此本地数据库中已有学校，请使用空的数据文件夹创建演示学校。</translation>
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
        <source>This computer could not be enrolled with the district platform: %1
It will try again at the next start.</source>
        <translation>本机未能注册到区县平台：%1
下次启动时会再次尝试。</translation>
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
</TS>
