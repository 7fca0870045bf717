<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SchoolSuite</name>
    <message>
        <source>students or staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is students or staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, utf-8 or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and count, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding is auto, utf-8 or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was imported because of these problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1 to add, %2 to update, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ID number in full (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import students or staff from CSV or XLSX, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a student (学籍号) or staff member (工号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of a student or staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File with the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds school %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School %1 (%2) is set up in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size is small or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a school; choose an empty --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo school %1: %2 students, %3 staff, %4 classes, %5 rooms. Accounts admin, principal, clerk, librarian, teacher and homeroom share the password%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit is a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator, principal, clerk, librarian, teacher or homeroom_teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member (工号) this account belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users add needs --role and --password-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 (%2) created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this action (sign_in, denied, reveal, export …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new school store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a realistic demo school (administrator &quot;admin&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check schema, integrity and foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the school&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the store with a checked backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people, classes and rooms (Chinese, pinyin, initials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a local account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List local accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock an account locked after failed sign-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student (学籍号) or staff member (工号) %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not enrolled with the district: there is no store in %1. Run &quot;schoolsuite-cli enroll --server URL --school CODE --key KEY&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not enrolled with the district. Run &quot;schoolsuite-cli enroll --server URL --school CODE --key KEY&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server, https://HOST[:PORT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time enrollment key from the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA certificate (PEM) the server&apos;s certificate is signed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled this device (%1) for school %2 %3 with %4. Run &quot;schoolsuite-cli sync&quot; to exchange data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server holds this device&apos;s deletions (batch %1). Only the district administrator can let them through: &quot;schoolsuite-district admin confirm-held %1&quot;. Deletions received from the district are applied now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 new conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List received rows that could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3, field %4
    kept: %5 (%6)
    other: %7 (%8)
    &quot;schoolsuite-cli conflicts restore %9&quot; brings the other value back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received row(s) could not be applied here: &quot;schoolsuite-cli conflicts --problems&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the other value; it goes to the district with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the current value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll this device with the district server (once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this device&apos;s changes to the district and receive the others&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List open conflicts: both values, who and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the value that lost a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current value and close the conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply received deletions that wait for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of an item; use the import headers, such as room, custodian, status or 位置.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import equipment from CSV or XLSX, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the equipment register to .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the equipment register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of an item, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an item to a room (by name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year&apos;s calendar year (default: this year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year: a year from 1990 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — indicators %2, as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funding source not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets: the district&apos;s for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets: the district plan&apos;s (no targets received from the district).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of %1 are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (e.g. how it is connected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the year the campus network was in place, or &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campus network in place since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campus network recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The informatization indicators against the district&apos;s targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the year&apos;s figures as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set since which year the campus network is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor: at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1 yuan is more than a repair costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type &quot;%1&quot; is not text, number, date or bool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: &quot;%1&quot; is not a kind of equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service life: %1 is not a number of years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: a category cannot be inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: there is no category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: there is a category %1 here already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields: &quot;%1&quot; is not a key (letters, digits and _, starting with a letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields: the key %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields: the field %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several categories are called %1; write the path, such as 计算机/台式计算机.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2024-09-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (such as 4999.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown room %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown staff member (工号) %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (在库, 在用, 借出, 维修, 丢失, 报废).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a use (teacher, student, classroom, office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent %1 (%2) to %3, due %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in %1 (%2): it was not on loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1 (%2) from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy had been lent twice; both loans are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was %1 days overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it aside: held for %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open loans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend a copy to a reader (PATRON: 学籍号 or 工号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a copy back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles, copies, open and overdue loans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good records and list the broken ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records whose ISBN is in the catalog: skip (default) or merge (fill empty fields, add the copies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (as each record says), utf-8, gb18030 or marc8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duplicates is skip or merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding is auto, utf-8, gb18030 or marc8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was imported because of these broken records (--skip-bad imports the others):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1 records; %2 new titles, %3 duplicates to %4, %5 copies to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 records: %2 new titles, %3 duplicates %4, %5 copies added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n broken record(s) left out:</source>
        <translation>
            <numerusform>%n broken record left out:</numerusform>
            <numerusform>%n broken records left out:</numerusform>
        </translation>
    </message>
    <message>
        <source>Write CNMARC (UNIMARC) instead of MARC 21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ISO 2709 or MARCXML records (MARC 21, CNMARC), all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the catalog with its copies as MARC: .xml or .marcxml is MARCXML, anything else ISO 2709.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n page(s)</source>
        <translation>
            <numerusform>%1: %2, %n page</numerusform>
            <numerusform>%1: %2, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stroke(s)</source>
        <translation>
            <numerusform>%n stroke</numerusform>
            <numerusform>%n strokes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in all</source>
        <translation>
            <numerusform>%n item in all</numerusform>
            <numerusform>%n items in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) written</source>
        <translation>
            <numerusform>%1: %n page written</numerusform>
            <numerusform>%1: %n pages written</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the format, pages and strokes of a board document (.ssboard, .xopp, .pdf, images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a board document as a vector PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert a board document; the format comes from OUT&apos;s extension (.ssboard, .pdf, .png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy value ignored: %1 = &quot;%2&quot; is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy value adjusted: %1 = &quot;%2&quot; is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the configuration: each key&apos;s value and whether it comes from policy, the user or the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::AboutDialog</name>
    <message>
        <source>Application framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ZIP files (XLSX, whiteboard files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing Excel files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin readings of Chinese characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View Licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SchoolSuite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SchoolSuite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Accounts</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can create accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name &quot;%1&quot;: use 2 to 64 letters, digits or . _ @ -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again after %1 or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. The account is now locked for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local account named &quot;%1&quot; already exists on this computer. Sign in with its password once, or ask an administrator to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::AddCopiesDialog</name>
    <message>
        <source>Add copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shelf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per copy (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet — give the title a class number first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1 is not an amount in yuan (like 29.80)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::AssetKeys</name>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive whiteboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimedia podium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::AuditLog</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed sensitive data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::AuditModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::AuditPage</name>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BarcodeMatrix</name>
    <message>
        <source>There is nothing to put in the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Code 128 bar code holds letters, digits and signs only, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code for &quot;%1&quot; cannot be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code for &quot;%1&quot; cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BlobClient</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district platform cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district platform refused the file (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 changed while it was sent; send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a file on the district platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district platform does not have this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file from the district platform is damaged (its checksum does not match); it was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardEditor</name>
    <message>
        <source>Recovered changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardExport</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be continued at page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no page to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardFile</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or damaged; the page is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raw ink is damaged; strokes keep their drawn points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raw ink is missing; strokes keep their drawn points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a board document (not a ZIP archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a board document (no manifest.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manifest is damaged or not of a board document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer SchoolSuite (format version %2); update SchoolSuite to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims %2 pages; that is not a board document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset %1 is missing from the file; its place is marked on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board document could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardFormats</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF that can be read (damaged or protected by a password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a format the whiteboard opens (SchoolSuite boards, Xournal++, OpenBoard, IWB, PDF, images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the whiteboard writes .%2, .iwb, .pdf and .png files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardJournal</name>
    <message>
        <source>The board&apos;s journal %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardLibrary</name>
    <message>
        <source>The board is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2&apos;s board: you cannot %3. Open a copy of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version of “%1” was saved on %2 at %3; the changes made on this computer are shown. Saving them keeps both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest version of “%1” (saved on %2 at %3) has not reached this computer yet. Synchronise, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest version of “%1” (saved on %2 at %3) has not reached this computer yet; the version last saved here is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the board has not reached this computer yet. Synchronise, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the board on this computer is damaged; synchronise to fetch it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board belongs to another teacher.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardListDialog</name>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions saved on other computers that the board does not include (both computers changed it before they synchronised). Open one as a copy to take what you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this version as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” on every computer? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the board now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other version(s)</source>
        <translation>
            <numerusform>%n other version</numerusform>
            <numerusform>%n other versions</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version from %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardOp</name>
    <message>
        <source>Page %1 has no layer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 has no item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no place for a page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last page of a board cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no page %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardPagesModel</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BoardView</name>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BookingItemsDialog</name>
    <message>
        <source>Bookable equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the shared equipment teachers may book. Laptops and projectors that are not fixed in a classroom or office are ticked until you decide otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, tag, category or pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BookingListModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clashes with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BookingService</name>
    <message>
        <source>view bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide which items can be booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lent until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book for another teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher: there is no such staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room cannot be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item cannot be booked; ask the clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day: choose a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day: %1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods: the first period comes after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods: there is no period %1 on the timetable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be booked on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already booked by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel %1&apos;s booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BookingWeekModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BookingsTab</name>
    <message>
        <source>&amp;Equipment or room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookable equipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past or unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two computers booked the same thing for the same time while they were offline. Agree with the teachers, then cancel one of the two bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be booked yet: the clerk marks shared equipment as bookable, and computer labs, multimedia rooms, labs and e-prep rooms are bookable rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-booked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose free periods of one day, then Book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose free periods of one day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Grade 7 (2), IT lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(myself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the booking of %1 by %2 on %3, %4?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BulkCapture</name>
    <message>
        <source>Rows are written in bulk inside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows written in bulk were already queued for the district.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::BulkCapture::State</name>
    <message>
        <source>Rows written in bulk could not be queued for the district; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows written in bulk to %1 were changed before they were queued for the district; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows written in bulk to %1 break a rule of the table (%2); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CatalogTab</name>
    <message>
        <source>Add title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, author, pinyin, ISBN, call number, barcode… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one or two characters of a title, its pinyin or initials, an ISBN with or without hyphens (ISBN-10 too), a class or call number, or scan a barcode. Several words must all match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 titles shown, more match: type more to narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) in the catalog</source>
        <translation>
            <numerusform>%n title in the catalog</numerusform>
            <numerusform>%n titles in the catalog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) found</source>
        <translation>
            <numerusform>%n title found</numerusform>
            <numerusform>%n titles found</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No title matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On loan, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add copies of &quot;%1&quot; now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw copy %1 from the collection (剔旧)? It stays in the records with the status withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CatalogTitlesModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CatalogWriter</name>
    <message>
        <source>catalog books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class number: a copy needs a call number or a class number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode %1 is already on another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title added in this batch is changed before the batch is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Circulation</name>
    <message>
        <source>look up a reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reader %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reader type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a reader&apos;s card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has graduated and cannot borrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has transferred to another school and cannot borrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer works at the school and cannot borrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lend books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reader has card number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy has barcode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be lent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for reference only and is not lent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already lent to %2, due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on loan to %2 (due %3): return it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held for %2 until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 items on loan, the most a %3 may borrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been renewed %2 times, the most allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be renewed: %2 reader(s) wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no title %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has &quot;%2&quot; on loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold of %1 on &quot;%2&quot; is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expire holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no loan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view overdue loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the overdue loans of another class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the clearance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clearance report of another class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view library statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CirculationDesk</name>
    <message>
        <source>Lending and returns need the librarian&apos;s permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a reader&apos;s card (学籍号 / 工号), then the books; a book alone is returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every book scanned is returned, even with a reader selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return mode: scan the books coming back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lending: scan a reader&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reader (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy is lent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two desks lent these copies while offline. Return the copy to close both loans, then lend it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation clearance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy has barcode %1 and no reader has card number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent %1 to %2 — due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their hold on this title is fulfilled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in %1 (%2): it was not on loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It had been lent twice (%1): both loans are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it aside: held for %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot borrow (left the school).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader: %1 — scan the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a reader&apos;s card, or a book to return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed %1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reader selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a reader&apos;s card to lend books to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left the school: cannot borrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On loan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies lent twice (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CirculationListsDialog</name>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top grade (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue loans of %2 students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students have %2 books to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CirculationReport</name>
    <message>
        <source>(no class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue loans by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation clearance (毕业清还)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loans are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students have %2 books to return before they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every book is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CirculationRules</name>
    <message>
        <source>change the library&apos;s rules and calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reader type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown item type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan days, maximum items and renewals must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library must open on at least one day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold waits between 1 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed period needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed period is at most a year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ClassesModel</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ClassesTab</name>
    <message>
        <source>Add class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a class to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CliApp</name>
    <message>
        <source>Run &quot;schoolsuite-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: schoolsuite-cli [--data-dir DIR] [--lang zh_CN|en] COMMAND ...
       schoolsuite-cli --version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ClipPlayer</name>
    <message>
        <source>This clip cannot be played on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip is missing from the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Conflicts</name>
    <message>
        <source>There is no open conflict %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict is about table %1, which this program does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settle a conflict of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict names field %1, which table %2 does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of %1 are not changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of this conflict is not on this device yet; sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ConflictsModel</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept value by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CopyCatForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by ；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ISBN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLC, such as I247.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, such as 25.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: &quot;%1&quot; is not a year like 2015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: &quot;%1&quot; is not an amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: &quot;%1&quot; is not a number of pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CopyCatSave</name>
    <message>
        <source>Copies: between 1 and 1000 at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call number: &quot;%1&quot; is not a class number and 种次号 like I247.5/12.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CopyCataloguing</name>
    <message>
        <source>Local catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District union catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z39.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type an ISBN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISBN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library&apos;s catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no title with this ISBN yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The library has %n title(s) with this ISBN: add copies.</source>
        <translation>
            <numerusform>The library has %n title with this ISBN: add copies.</numerusform>
            <numerusform>The library has %n titles with this ISBN: add copies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked: the book was found already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district has set no Z39.50 or SRU target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 cannot be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The target %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The target %1 did not answer within %n second.</numerusform>
            <numerusform>The target %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target %1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 refused the connection (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 answered something that is not Z39.50 or SRU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 reported an error: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target has no record with this ISBN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s records could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n record found.</numerusform>
            <numerusform>%n records found.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer is not enrolled with the district, so the union catalog cannot be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no credential for this computer; enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>District union catalog: %n school(s)</source>
        <translation>
            <numerusform>District union catalog: %n school</numerusform>
            <numerusform>District union catalog: %n schools</numerusform>
        </translation>
    </message>
    <message>
        <source>The district server %1 is not an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server %1 cannot be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server refused the look-up (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server %1 gave an answer that is not the union catalog&apos;s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school of the district has this ISBN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CopyDialog</name>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shelf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CountdownOverlay</name>
    <message>
        <source>−1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&apos;s up!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::CredentialStore</name>
    <message>
        <source>no keychain service is available (on Linux: gnome-keyring or KWallet must be running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not store the device credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not store the sign-in token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not store the secret “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not read the device credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not read the sign-in token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not read the secret “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not remove the device credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not remove the sign-in token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not remove the secret “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you refused access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SchoolSuite database or is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open a read connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are written on the thread that opened the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work for the commit was given outside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::DemoSchool</name>
    <message>
        <source>This store already holds a school; use an empty data folder for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::DeskLogModel</name>
    <message>
        <source>Lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::DistrictAuth</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this name. The district platform accepts the next attempt in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled or belongs to another school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district platform gave the account %1 a role this program does not know (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::DrillDownModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag / number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EnrollmentWidget</name>
    <message>
        <source>Enroll this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled: this computer works on its own and keeps every change until it is enrolled with the district platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with %1 for %2 (%3). Device %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s information centre gives each school a one-time enrollment key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the district address, the school code and the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the district uses its own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EquipmentFields</name>
    <message>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EquipmentImport</name>
    <message>
        <source>import equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file needs a column 名称 (name) or 资产编号 (asset_tag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears again (first in row %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new item needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new item needs a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of an item (use the import headers, such as room or 位置).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new items need an asset tag and this computer holds %2 tags until it syncs. Sync with the district (the next sync asks for enough tags), then import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EquipmentItemsModel</name>
    <message>
        <source>view equipment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EquipmentModule</name>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapping requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EquipmentPage</name>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapping and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the computer you are using as an asset, or find it in the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::EquipmentService</name>
    <message>
        <source>view equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no equipment category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add equipment models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: the model needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit equipment categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: the code %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use (%2 items, %3 subcategories, %4 models) and stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (use 2024-09-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use yes or no, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a field of this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free asset tag was found in this computer&apos;s block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: %1 is not a SHA-256 checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 item cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 item cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lend equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower: say who borrows the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: choose a day from today on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an item in stock or in use can be lent (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take back equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not lent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send equipment to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 item cannot go to repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report equipment lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 item cannot be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report equipment found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrap equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is scrapped already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the status of equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scrapped item stays scrapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset tags were scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: these asset tags are not ours: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item with asset tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no room %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no staff member %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item needs an asset tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag (at most 40 characters, no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the tag of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no model %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible purchase date (1950 to today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the warranty cannot end before the purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit equipment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::HoldsModel</name>
    <message>
        <source>Ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (no. %1 in the queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::HomePage</name>
    <message>
        <source>Welcome, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classrooms with multimedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff with ed-tech training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school is not connected to a district platform yet. Notices from the education bureau appear here after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Working offline. %n change(s) wait to be sent to the district.</source>
        <translation>
            <numerusform>Working offline. %n change waits to be sent to the district.</numerusform>
            <numerusform>Working offline. %n changes wait to be sent to the district.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline. Nothing waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notices from the district yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ImportDonePage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1. Updated: %2. Unchanged: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one header row. Nothing is imported before you have seen the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (Chinese Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only CSV files have an encoding; workbooks are always read correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field each column of the file holds. Columns set to &quot;Do not import&quot; are skipped. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required fields without a column: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields chosen for more than one column: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 columns will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ImportPreviewPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. The import is all or nothing: correct the rows listed below in the file, save it and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again and check it (after you corrected it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>%n row in the file.</numerusform>
            <numerusform>%n rows in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 rows are correct: %2 new, %3 updated, %4 unchanged. Press Import to write them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1 row(s). Nothing can be imported until they are corrected.</source>
        <translation>
            <numerusform>%n problem found in %1 row. Nothing can be imported until it is corrected.</numerusform>
            <numerusform>%n problems found in %1 row(s). Nothing can be imported until they are corrected.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ImportReport</name>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorCard</name>
    <message>
        <source>Target %1 (district)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 (plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorChart</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School, 10,000 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorData</name>
    <message>
        <source>Not in a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1 class %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 teachers / %2 computers for teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students / %2 computers for students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as a multimedia room; no equipment on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No whiteboard, projector or multimedia podium on record in this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked as a multimedia room; no equipment on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 classrooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 functional rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In place since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained (no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained later, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service life %1 years, ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 computers in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Teaching staff (%n)</source>
        <translation>
            <numerusform>Teaching staff (%n)</numerusform>
            <numerusform>Teaching staff (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computers for teachers (%n)</source>
        <translation>
            <numerusform>Computers for teachers (%n)</numerusform>
            <numerusform>Computers for teachers (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolled students by class (%n)</source>
        <translation>
            <numerusform>Enrolled students by class (%n)</numerusform>
            <numerusform>Enrolled students by class (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computers for students (%n)</source>
        <translation>
            <numerusform>Computers for students (%n)</numerusform>
            <numerusform>Computers for students (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classrooms with multimedia (%n)</source>
        <translation>
            <numerusform>Classrooms with multimedia (%n)</numerusform>
            <numerusform>Classrooms with multimedia (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classrooms without multimedia (%n)</source>
        <translation>
            <numerusform>Classrooms without multimedia (%n)</numerusform>
            <numerusform>Classrooms without multimedia (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Functional rooms with multimedia (%n)</source>
        <translation>
            <numerusform>Functional rooms with multimedia (%n)</numerusform>
            <numerusform>Functional rooms with multimedia (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Functional rooms without multimedia (%n)</source>
        <translation>
            <numerusform>Functional rooms without multimedia (%n)</numerusform>
            <numerusform>Functional rooms without multimedia (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Network equipment in service (%n)</source>
        <translation>
            <numerusform>Network equipment in service (%n)</numerusform>
            <numerusform>Network equipment in service (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trained (%n)</source>
        <translation>
            <numerusform>Trained (%n)</numerusform>
            <numerusform>Trained (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet trained (%n)</source>
        <translation>
            <numerusform>Not yet trained (%n)</numerusform>
            <numerusform>Not yet trained (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computers past their service life (%n)</source>
        <translation>
            <numerusform>Computers past their service life (%n)</numerusform>
            <numerusform>Computers past their service life (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) bought</source>
        <translation>
            <numerusform>%n item bought</numerusform>
            <numerusform>%n items bought</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorPdf</name>
    <message>
        <source>✓ Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational informatization indicators — supervision report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets: the district&apos;s targets for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets: the district plan (通昌政办发〔2015〕8号) until the district sends its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s figures were recorded on %1; recorded values in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending on equipment bought in %1, per funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing with a price was bought in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by: %1        Date: %2        Principal&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicators over the years against their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled dots: recorded figures; hollow dots: computed from today&apos;s register; green: target met, red: missed; dashed: the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informatization indicators %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorPdf::Flow</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Indicators</name>
    <message>
        <source>Teachers per computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students per computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classrooms with multimedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional rooms with multimedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campus network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers trained in educational technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers past service life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active teaching staff per computer for teachers&apos; use that is neither lost nor scrapped. Lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled students per computer for students&apos; use that is neither lost nor scrapped. Lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General classrooms with an interactive whiteboard, projector or multimedia podium in them; a room with no equipment on record counts by its multimedia mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer labs, e-preparation and e-reading rooms, library, laboratories and multimedia rooms with multimedia equipment, counted as for classrooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the school&apos;s campus network is in place (set below by the principal or clerk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of active teaching staff trained in educational technology by the end of the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers in service whose category&apos;s service life has run out: the list for replacement planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of the equipment bought in the year, per funding source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n computer</numerusform>
            <numerusform>%n computers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorsModule</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorsPage</name>
    <message>
        <source>Details and trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the year&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the figures as they are now, so the charts show this year as it was when later years have changed the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision &amp;report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campus network in place since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is connected, e.g. fibre to the district network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: %2 of %3 targets met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets sent by the district (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets of the district plan; the district has sent none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campus network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the year&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1 (%2 pages).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IndicatorsService</name>
    <message>
        <source>The campus network year must lie between 1990 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not begun; only past years and this year can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Isbn</name>
    <message>
        <source>an ISBN has only digits, hyphens and a final X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the last character of an ISBN-10 may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digit should be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISBN-13 has only digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISBN-13 starts with 978 or 979</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISBN has 10 or 13 digits, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IsbnLookupDialog</name>
    <message>
        <source>Catalogue by ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the barcode on the back cover, or type an ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS&amp;BN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 种次号 is given out when you save; type another call number to keep the one on the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of c&amp;opies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;helf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found: type the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book is in the catalog already: Save adds copies to it (and keeps any change you make to the record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source has a record of ISBN %1: type the record, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalogued 《%1》: %n cop(ies), call number %2, barcodes %3.</source>
        <translation>
            <numerusform>Catalogued 《%1》: %n copy, call number %2, barcodes %3.</numerusform>
            <numerusform>Catalogued 《%1》: %n copies, call number %2, barcodes %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n cop(ies) of 《%1》, call number %2, barcodes %3.</source>
        <translation>
            <numerusform>Added %n copy of 《%1》, call number %2, barcodes %3.</numerusform>
            <numerusform>Added %n copies of 《%1》, call number %2, barcodes %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ItemDialog</name>
    <message>
        <source>Register equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next free tag (%1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, such as 4999.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category has no fields of its own. Add them under Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2024-09-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::IwbExport</name>
    <message>
        <source>The IWB file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LabelItemsModel</name>
    <message>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LabelLayout</name>
    <message>
        <source>A4 sheet, %1 labels (%2 × %3), %4 × %5 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label printer, %1 × %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label needs a width and a height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet needs a width and a height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet needs at least one row and one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins and gaps cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns of %2 mm labels need %3 mm, but the sheet is %4 mm wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of %2 mm labels need %3 mm, but the sheet is %4 mm high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first free label must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LabelLayoutWidget</name>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label printer (one label per page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code and bar code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar code (Code 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a partly used sheet: the first label that is still free, counted row by row from the top left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label size (w × h):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid (columns × rows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins (top, left):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps (across, down):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start at label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LabelPainter</name>
    <message>
        <source>Choose the items to label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels cannot be printed: the printer or file is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LabelSource</name>
    <message>
        <source>print asset labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LabelsTab</name>
    <message>
        <source>Draw label outlines (to check on plain paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by tag, name or serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type an asset tag, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add all &amp;found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper and codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an asset tag of this school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: choose items on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) of labels to %1.</source>
        <translation>
            <numerusform>Saved %n page of labels to %1.</numerusform>
            <numerusform>Saved %n pages of labels to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) of labels to the printer.</source>
        <translation>
            <numerusform>Sent %n page of labels to the printer.</numerusform>
            <numerusform>Sent %n pages of labels to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To print: %n label(s) on %1 page(s)</source>
        <translation>
            <numerusform>To print: %n label on %1 page(s)</numerusform>
            <numerusform>To print: %n labels on %1 page(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::ClcClasses</name>
    <message>
        <source>Marxism, Leninism, Mao Zedong Thought, Deng Xiaoping Theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philosophy, religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social sciences in general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politics, law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture, science, education, sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages, writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Literature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History, geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural sciences in general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mathematical sciences and chemistry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astronomy, earth sciences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biological sciences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine, health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agricultural sciences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aviation, aerospace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environmental science, safety science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General works</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::CollectionModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::LabelQueue</name>
    <message>
        <source>print library labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned barcode is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy has the barcode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::LabelQueueModel</name>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::LabelsTab</name>
    <message>
        <source>Scan a copy&apos;s barcode to add it to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every copy catalogued since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine labels (call number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode labels (Code 128 and title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlines (to check the alignment on plain paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine label lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First free label on the sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels are printed by the library&apos;s staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added: %2 labels in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the queue already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies added: %2 labels in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies catalogued since %2 added: %3 labels in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty: scan copies, or add those catalogued since a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue is empty: add copies first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pages written to %1; the queue is empty.</source>
        <translation>
            <numerusform>%n page written to %1; the queue is empty.</numerusform>
            <numerusform>%n pages written to %1; the queue is empty.</numerusform>
        </translation>
    </message>
    <message>
        <source>library labels.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::LibraryReports</name>
    <message>
        <source>view the library&apos;s reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students without a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::MonthlyLoansModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::ReportsDocument</name>
    <message>
        <source>No loans in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies by CLC main class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies; no enrolled students, so no figure per student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies per student (%2 copies, %3 enrolled students)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1: met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1: %2 copies short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — library reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books per student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans per grade per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans per class per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most borrowed titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::ReportsTab</name>
    <message>
        <source>Per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most borrowed: top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the chart shows the grades)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library reports %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::SpineLabelPainter</name>
    <message>
        <source>The print queue is empty: add copies first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels cannot be printed: the printer or file is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeCounter</name>
    <message>
        <source>take stock of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan for a stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stocktake &quot;%1&quot; is %2: resume it to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned barcode is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shelf you are counting before scanning %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelf %1 is not part of the stocktake &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeDialog</name>
    <message>
        <source>New library stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By shelves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By call-number range</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n copies)</source>
        <translation>
            <numerusform>%1 %2 (%n copy)</numerusform>
            <numerusform>%1 %2 (%n copies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from, e.g. I206</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to, e.g. I247.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the shelves or ranges you mark counted report their unscanned copies as missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeEntriesModel</name>
    <message>
        <source>No copy has this barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as lost: found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent to %1: return it at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent to %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeKeys</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeReport</name>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy has this barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong shelf (on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not of this stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not of this stocktake (on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of order (first on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of order (after %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — library stocktake report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-number ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misshelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found though on loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found though on loan (return them at the desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeService</name>
    <message>
        <source>take stock of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library stocktake %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stocktake needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shelves or the call-number range to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stocktake counts either shelves or call-number ranges, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call-number range needs a start or an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a class number or call number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range %1 starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stocktake &quot;%1&quot; is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section of the stocktake &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::StocktakeTab</name>
    <message>
        <source>Taking stock is for the library&apos;s staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stocktake yet: start one with &quot;New stocktake&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: choose the shelf and scan the first book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or choose a stocktake first (%1 was not recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded as lent: return it at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered as lost: found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of order: %1 stands after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not of this stocktake: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong shelf: %1 belongs on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barcode: no copy has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans %1 · On shelf %2 · Misshelved %3 · On loan %4 · Missing %5 · Not counted %6 · Unknown %7 · Twice %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shelf (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misshelved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On loan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned twice (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a book&apos;s barcode (or type it and press Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the stocktake to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These sections are not marked counted: %1.
Their copies that were not scanned will be reported as not counted, not as missing. Finish anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section counted. Missing now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the section you have counted in the list of sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library stocktake %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stocktake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark section counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its copies that were not scanned (and are not on loan) are then reported missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Library::TopTitlesModel</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LibraryKeys</name>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (not for loan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio-visual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LibraryModule</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library stocktakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library stocktake scans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LibraryPage</name>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulation desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export MARC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the catalog with its copies as ISO 2709 or MARCXML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue by ISBN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type an ISBN: the record is looked up in the catalog, the district&apos;s union catalog and the library targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import MARC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ISO 2709 (MARC21, CNMARC) or MARCXML records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LibraryService</name>
    <message>
        <source>Barcode %1: only letters, digits and symbols a scanner can type, no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class number: %1 is not a CLC class number (like I247.5 or TP311.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type: %1 is not one of book, reference, periodical, av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 is not one of active, withdrawn, lost, damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 is not one of purchase, donation, transfer, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the library catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy has the barcode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free barcode was found in this computer&apos;s block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free book number of class %1 was found in this computer&apos;s block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies: between 1 and 1000 at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode %1 is already on another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class number: %1 has no CLC class number; give one to make the call number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode: a copy needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: a record needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: %1 is not a year of publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such title in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n copies in the collection: withdraw them first.</source>
        <translation>
            <numerusform>%1 still has %n copy in the collection: withdraw them first.</numerusform>
            <numerusform>%1 still has %n copies in the collection: withdraw them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LibraryTargets</name>
    <message>
        <source>The target needs a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: use host:port/Database for Z39.50 or an http:// URL for SRU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record syntax must be usmarc or unimarc, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding must be utf-8, gb18030 or marc8, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy cataloguing targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ListPage</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of any column, or the pinyin initials of a name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LoansModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LocalStore</name>
    <message>
        <source>%1 is a database of another program, not a SchoolSuite store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school store in %1. Set one up with the setup wizard or &quot;schoolsuite-cli init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School code &quot;%1&quot;: use 2 to 32 letters, digits, - or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store already belongs to school %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::LockedField</name>
    <message>
        <source>Set by your administrator (machine policy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MainWindow</name>
    <message>
        <source>SchoolSuite — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SchoolSuite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the list you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the school&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SchoolSuite backups (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a whiteboard document, and the whiteboard is not open to your account on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MaintenanceDialogs</name>
    <message>
        <source>Cost: &quot;%1&quot; is not an amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no item has the tag &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type or scan the asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong? e.g. the projector shows no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 for repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who repairs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair of %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lamp replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add maintenance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. replace the projector lamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(one item, by its tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset tag, when the plan is for one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MaintenanceDueModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MaintenanceDueWidget</name>
    <message>
        <source>Equipment maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due: no maintenance in the next 30 days and no open repairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 30 days</source>
        <translation>
            <numerusform>%n due within 30 days</numerusform>
            <numerusform>%n due within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open repair(s)</source>
        <translation>
            <numerusform>%n open repair</numerusform>
            <numerusform>%n open repairs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair: %1 (%2) — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MaintenancePlansModel</name>
    <message>
        <source>every item of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MaintenanceService</name>
    <message>
        <source>view maintenance plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no maintenance plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: choose one item or one category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: there is no such item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: there is no such category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every: use a number of months from 1 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on: enter a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; does not cover this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on: enter a day that has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: describe what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item: there is no such item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; it cannot be repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a fault was already reported on %2 by %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no repair ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repair is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repair is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on: enter a day that has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on: %1 is before the fault was reported (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MaintenanceTab</name>
    <message>
        <source>Mark done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all planned, not only due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a fault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a repair to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcExport</name>
    <message>
        <source>export the catalog as MARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcExportDialog</name>
    <message>
        <source>MARC 21, ISO 2709 (*.mrc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARC 21, MARCXML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNMARC, ISO 2709 (*.iso)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNMARC, MARCXML (*.marcxml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the catalog as MARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog.mrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export MARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records written to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcImport</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title (245$a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title (200$a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import MARC records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy%1 has no call number and the record no class number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode %1 is already in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode %1 is also in record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode %1 is on two copies of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading of %1 was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n record(s) of the file are broken (import the others with skip-bad):</source>
        <translation>
            <numerusform>Nothing was imported: %n record of the file are broken (import the others with skip-bad):</numerusform>
            <numerusform>Nothing was imported: %n records of the file are broken (import the others with skip-bad):</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcImportDialog</name>
    <message>
        <source>Import MARC records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 2709 (.mrc, .iso) or MARCXML (.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As each record says (GBK detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge: fill empty fields and add the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good records and leave the broken ones out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records already in the catalog (same ISBN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a MARC file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARC file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARC records (*.mrc *.iso *.marc *.dat *.xml *.marcxml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records: %2 new titles, %3 already in the catalog (%4), %5 copies to add, %6 broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported while a record is broken: fix the file, or leave the broken records out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new titles, %2 merged, %3 duplicates skipped, %4 copies added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n broken record(s) left out (listed under Broken records).</source>
        <translation>
            <numerusform>%n broken record left out (listed under Broken records).</numerusform>
            <numerusform>%n broken records left out (listed under Broken records).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcPreviewModel</name>
    <message>
        <source>New title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same ISBN as record %1 of the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcReader</name>
    <message>
        <source>record %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 (byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad leader: the record length (its first five characters) is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad leader: a record length of %1 bytes is shorter than the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside the record: its leader gives %1 bytes, only %2 are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record length mismatch: the leader gives %1 bytes, the record terminator comes after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing record terminator: byte %1 of the record should end it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad leader: the base address or the entry map (positions 12-16, 20-22) is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad leader: the base address %1 lies outside the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad directory: it does not end with a field terminator before the base address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad directory: its %1 bytes are not a whole number of %2-byte entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad directory: entry %1 has no valid tag (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad directory: entry %1 (field %2) has a length or start that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad directory: field %1 (entry %2) lies outside the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad directory: field %1 (entry %2) does not end with a field terminator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 in field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character set %1 is not available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 is not valid %2 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad leader: the record has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad leader: it has %1 characters instead of 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad field: the tag &quot;%1&quot; is not three characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad field: a subfield outside a data field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::MarcWriter</name>
    <message>
        <source>Could not write the MARC file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAZ could not write the MARC record %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Migrator</name>
    <message>
        <source>This database was written by a newer version of SchoolSuite (module %1, schema %2; this program knows up to %3). Update SchoolSuite; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 %2 (%3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::NewUserDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::NoticeDialog</name>
    <message>
        <source>District notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 from the district…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::NumberLeases</name>
    <message>
        <source>A number sequence needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no numbers left for %1. Connect it to the district network and sync, then try again: each sync reserves numbers for offline work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server granted an empty block of numbers (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server granted numbers %1 to %2 of %3, which this computer already holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::OpenBoardImport</name>
    <message>
        <source>%1 is not an OpenBoard document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SVG page and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no readable page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IWB document (content.xml is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IWB document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file breaks off at line %1 (%2); the pages before are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the page breaks off at line %2 (%3); what came before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left out, the whiteboard has no such item: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 %3 is missing from the file and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>widgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cannot be read (missing, damaged or too large).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeopleFields</name>
    <message>
        <source>Student no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed-tech training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use up to 20 letters, digits or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name has at most 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 男 or 女 (M or F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (use 2015-09-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a phone number (11-digit mobile or 0xxx-xxxxxxx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a grade (use 一年级 … 九年级, 高一 … 高三 or 1 … 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a class (use 1班 or (1)班)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 是 or 否 (yes or no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeopleImport</name>
    <message>
        <source>import people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears again (first in row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the ID number (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade and class are given together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, ID numbers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeopleModels</name>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeopleModule</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed-tech training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeoplePage</name>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n record written to %1.</numerusform>
            <numerusform>%n records written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>School years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeopleService</name>
    <message>
        <source>view students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see students of another class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students have no field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both grade and class to move a student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff have no field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign homeroom teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 already belongs to another staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 already belongs to another student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name &quot;%1&quot;: at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &quot;%1&quot;: not a room type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1: use a number from -5 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %1: use a number from 0 to 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building or note is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name &quot;%1&quot;: there is already a room of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom teacher: there is no such staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: there is no such room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no class %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit another class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename a class or change its homeroom teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the homeroom teacher of %2; choose another homeroom teacher first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n student(s); move or delete them first.</source>
        <translation>
            <numerusform>%1 still has %n student; move or delete them first.</numerusform>
            <numerusform>%1 still has %n students; move or delete them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 is used by %2; give the class another room first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view school years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add school years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year &quot;%1&quot;: use two following years like 2025-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &quot;%1&quot;: not a date (use 2025-09-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &quot;%1&quot;: not a date (use 2026-07-15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End %1: must be after the start %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the current school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school year %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PeopleText</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PickerDialog</name>
    <message>
        <source>Random student picker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a name again before everyone is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students in this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) not called yet</source>
        <translation>
            <numerusform>%n student not called yet</numerusform>
            <numerusform>%n students not called yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::PullApplier</name>
    <message>
        <source>The server sent a row that is not a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 from the district has the same key as a row of this device (%2). Change or remove one of them; the next sync applies the district&apos;s row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 from the district does not fit this device&apos;s data (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RegisterCategoriesDialog</name>
    <message>
        <source>Equipment categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service life:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields of items in this category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save category</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>(own category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RegisterMovementDialog</name>
    <message>
        <source>Move to room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(where it was)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the borrower or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list; choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RegisterScanDialog</name>
    <message>
        <source>Scan tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the asset tags one after another (or type a tag and press Enter), then choose what to do with all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type an asset tag, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  — not one of our tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s), %1 unknown</source>
        <translation>
            <numerusform>%n tag, %1 unknown</numerusform>
            <numerusform>%n tags, %1 unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n item(s) changed.</source>
        <translation>
            <numerusform>Done: %n item changed.</numerusform>
            <numerusform>Done: %n items changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RegisterTab</name>
    <message>
        <source>Tag, name, pinyin, room… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan many tags and apply one action to all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All but scrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its details and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service life</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), ended %1</source>
        <translation>
            <numerusform>%n year, ended %1</numerusform>
            <numerusform>%n years, ended %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), until %1</source>
        <translation>
            <numerusform>%n year, until %1</numerusform>
            <numerusform>%n years, until %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this computer yet; it arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1.</source>
        <translation>
            <numerusform>%n item written to %1.</numerusform>
            <numerusform>%n items written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo cannot be copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RepairsModel</name>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ReportDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Librarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RoomTypes</name>
    <message>
        <source>General classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-preparation room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-reading room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimedia / functional room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RoomsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimedia</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::RoomsTab</name>
    <message>
        <source>Add room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a room to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SchoolYearsModel</name>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SchoolYearsTab</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ScrapKeys</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ScrapRequestsModel</name>
    <message>
        <source>disposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ScrapService</name>
    <message>
        <source>view scrapping requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scrapping request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask for scrapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the item should be scrapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already scrapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) already has a scrapping request waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scrapping request for %1 (%2) was already decided: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve scrapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapping approved by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject scrapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the scrapping of %1 (%2) is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ScrapWidget</name>
    <message>
        <source>Request scrapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapping of %1 requested; it waits for the principal&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the item is recorded as scrapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: the item stays in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request scrapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve scrapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject scrapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SearchIndex</name>
    <message>
        <source>Search index error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SearchPopup</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people, classes, rooms… (Chinese, pinyin or initials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Session</name>
    <message>
        <source>%1 (%2) may not do this: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SettingKey</name>
    <message>
        <source>not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown module %1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside %1..%2, clamped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one of zh_CN, en or empty (system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies after SchoolSuite restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when &amp;idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sign-in &amp;without a connection to the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local databases are kept here. Moving the folder does not move existing data; the new folder is used after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules shown on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district address must be a web address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full path of a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is %3; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Some values of your administrator&apos;s policy cannot be used&lt;/b&gt; (%1):&lt;ul&gt;%2&lt;/ul&gt;Tell your IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SetupWizard</name>
    <message>
        <source>Set up SchoolSuite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no school yet. Enter your school and create the first administrator; more accounts can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SchoolSuite keeps the school&apos;s records on this computer and works without a network. When your district platform is set up, it syncs with it in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school code is the one the education bureau gave your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator (machine policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 通化市东昌区实验学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account manages users, settings and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ShellApp</name>
    <message>
        <source>SchoolSuite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s data cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SchoolSuite backups (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting this computer to the district platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not be enrolled with the district platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to the district platform yet: %1
SchoolSuite tries again every minute. If this stays, tell your IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not be connected to the district platform: %1
Tell your IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SignInDialog</name>
    <message>
        <source>Sign in to SchoolSuite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SchoolSuite is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen was locked after a while without use. Enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the district platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district platform cannot be reached, and this computer allows signing in only with a connection to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SchoolSuite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StaffTab</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected staff member (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a staff member to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2)? They disappear from every list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Statement</name>
    <message>
        <source>Database error: %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more values than placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values for %2 placeholders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeBatch</name>
    <message>
        <source>The batch file is not text in UTF-8 or GBK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither a room nor a time: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room: choose the room to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is not part of this stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapped item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a tag of this school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeCounter</name>
    <message>
        <source>view stocktakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan for a stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stocktake &quot;%1&quot; is %2: resume it to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned tag is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the room you are counting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is not part of the stocktake &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeEntriesModel</name>
    <message>
        <source>%1 (scrapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (registered as lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeKeys</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeNewDialog</name>
    <message>
        <source>The whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rooms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeReport</name>
    <message>
        <source>(no room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — stocktake report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in their room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the wrong room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeService</name>
    <message>
        <source>view stocktakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stocktake %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stocktake needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stocktake &quot;%1&quot; is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not scanned in a room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is scrapped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StocktakeTab</name>
    <message>
        <source>No stocktake yet: start one with &quot;New stocktake&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: scan the first tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or choose a stocktake first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as lost: %1 — found here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong room: %1 is registered in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already scanned: %1 (first in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tag: %1 is not in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans %1 · Found %2 · Wrong room %3 · Missing %4 · Not yet counted %5 · Unknown %6 · Duplicates %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong room (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet counted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a tag (or type it and press Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the stocktake to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stocktake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room being counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected items to the room they were found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scanner file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items are in rooms not counted yet; finishing reports them as missing. Finish anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) to the room they were found in.</source>
        <translation>
            <numerusform>Moved %n item to the room it was found in.</numerusform>
            <numerusform>Moved %n items to the room they were found in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import scanner file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner files (*.txt *.csv *.dat);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 scans: %2 found, %3 in the wrong room, %4 duplicates, %5 unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) need a look.</source>
        <translation>
            <numerusform>%n line needs a look.</numerusform>
            <numerusform>%n lines need a look.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save stocktake report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StoreBlobs</name>
    <message>
        <source>This computer is not enrolled with a district platform yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s district credential is missing from the keychain; enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StoreMaintenance</name>
    <message>
        <source>schema %1: version %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 is at version %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key: row %1 of %2 points to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more foreign-key problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign keys: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change capture: %1 synced tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SchoolSuite backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s data is in use; close SchoolSuite everywhere on this computer and restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current store as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the restored store in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::StudentsTab</name>
    <message>
        <source>Show ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected student (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full ID number; this is written to the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not see ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a student to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2, %3)? The student disappears from every list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SvgPage</name>
    <message>
        <source>not an SVG page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG breaks off at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG is cut short; what came before is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups nested too deeply were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stroke %1 has no points and was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape %1 has too few points and was left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncClient</name>
    <message>
        <source>This device is not enrolled with the district. Run &quot;schoolsuite-cli enroll&quot; or use the Sync page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no credential for this device. Enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server sent a pull answer without rows or cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district deletes %1 of the %2 rows of %3 on this device. Nothing was deleted; an administrator confirms it with &quot;schoolsuite-cli sync --confirm-deletes&quot; or on the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server keeps reporting a different dataset. Ask the district administrator to check the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server did not name its dataset (epoch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district server address: use https://HOST[:PORT] (http:// only for a server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store in %1 belongs to school %2, not %3. Enroll it with its own school code, or use another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server refused the enrollment: %1 (%2). Ask the district administrator for a new key (&quot;schoolsuite-district admin enrollment-key %3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server&apos;s enrollment answer lacks the device or school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server enrolled this device for school %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server&apos;s push answer is not for batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server holds this device&apos;s changes: they delete %1 of the %2 rows of %3. The district administrator confirms them with &quot;schoolsuite-district admin confirm-held %4&quot; (or an administrator on the Sync page); until then this device only receives changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server answered a request for numbers of %1 with no block of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pulled row(s) could not be applied here; see the conflicts.</source>
        <translation>
            <numerusform>%n pulled row could not be applied here; see the conflicts.</numerusform>
            <numerusform>%n pulled rows could not be applied here; see the conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy of the file %1 on this device is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of synced rows (photos, attachments) could not be sent or fetched (%1); the next sync tries again.</source>
        <translation>
            <numerusform>%n file of synced rows (photos, attachments) could not be sent or fetched (%1); the next sync tries again.</numerusform>
            <numerusform>%n files of synced rows (photos, attachments) could not be sent or fetched (%1); the next sync tries again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district server %1 cannot be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncController</name>
    <message>
        <source>The keychain holds no credential for this device. Enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncDetail</name>
    <message>
        <source>The district server %1 cannot be reached (%2). Changes stay on this device and go out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district has revoked this device. Enroll it again with a new key from the district administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server does not know this device (%1). Enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server refused the request: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district server %1 sent an answer this program does not understand (%2). Nothing was changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncHistoryModel</name>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncModule</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncPage</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When two computers changed the same field before they synced, the later change is kept and the other is listed here. Restore it if it was the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline · no district platform set · %n change(s) pending</source>
        <translation>
            <numerusform>Offline · no district platform set · %n change pending</numerusform>
            <numerusform>Offline · no district platform set · %n changes pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) pending · last sync %1</source>
        <translation>
            <numerusform>Offline · %n change pending · last sync %1</numerusform>
            <numerusform>Offline · %n changes pending · last sync %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) pending</source>
        <translation>
            <numerusform>Offline · %n change pending</numerusform>
            <numerusform>Offline · %n changes pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing… · %n change(s) pending</source>
        <translation>
            <numerusform>Syncing… · %n change pending</numerusform>
            <numerusform>Syncing… · %n changes pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1 · %n change(s) pending</source>
        <translation>
            <numerusform>Synced at %1 · %n change pending</numerusform>
            <numerusform>Synced at %1 · %n changes pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date · synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync waits for an administrator · %n change(s) pending</source>
        <translation>
            <numerusform>Sync waits for an administrator · %n change pending</numerusform>
            <numerusform>Sync waits for an administrator · %n changes pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync error · %n change(s) pending</source>
        <translation>
            <numerusform>Sync error · %n change pending</numerusform>
            <numerusform>Sync error · %n changes pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n change waits to be sent.</numerusform>
            <numerusform>%n changes wait to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not enrolled with a district platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date with the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync waits for an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records will be deleted on this computer as the district platform asks. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are kept on this computer. An administrator can enroll it in Settings › District.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced; new changes go with the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district platform would delete %1 of the %2 records of &quot;%3&quot; on this computer. Deletions on this scale need an administrator&apos;s confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from this computer would delete many records at once. The district platform keeps them until the district administrator confirms them (batch %1); other changes still arrive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::SyncSchema</name>
    <message>
        <source>The synced table %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synced table %1 lacks the column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change capture: trigger %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change capture: trigger %1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synced table %1 has more than 60 columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::TabularReader</name>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a quoted cell is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text is not valid %2. Save the file as UTF-8 or choose its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot read %1 text. Save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook. Open it in Excel and save it as an .xlsx workbook or as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a CSV nor an XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not an XLSX file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no worksheet number %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::TabularWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: use a .csv or .xlsx file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel allows at most 1,048,576 rows and 16,384 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell in row %1 is longer than the 32,767 characters Excel allows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ThisComputer</name>
    <message>
        <source>SMBIOS UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ThisComputerDialog</name>
    <message>
        <source>Reading this computer&apos;s hardware…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this computer says about itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the asset register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker and model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMBIOS UUID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network adapters (MAC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop (has a battery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as %1 (%2), recognised by its %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update hardware facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered. This computer reports no serial number, UUID or network adapter, so it cannot be recognised later; register it once only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not in the asset register yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the hardware facts of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Timetable</name>
    <message>
        <source>view the timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school day needs at least one period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: use a number from 1 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: the number is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: enter the start and end as hh:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: the start (%2) must be before the end (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: the name is longer than 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 (%2) overlaps period %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 starts after period %2: number the periods in the order of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::TimetableDialog</name>
    <message>
        <source>Timetable periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings are made by period number. Times are hh:mm; leave the name empty for &quot;Period N&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the number &quot;%2&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::TimetablePeriod</name>
    <message>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::TitleDialog</name>
    <message>
        <source>Add a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ISBN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title proper, then &quot; : &quot; and other title information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>鲁迅著; 苏农译</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中图法, like I247.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by ；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chi, eng, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ISBN: the book is found by title, class and barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: ISBN-13 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: ISBN-13 %1, ISBN-10 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1 is not an amount in yuan (like 29.80)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::UsersModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::UsersPage</name>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (at least %2 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Validators</name>
    <message>
        <source>an ID number has 17 digits and a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date in the ID number is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check character is wrong (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a student number is G, L or J followed by 18 digits (the last may be X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a G number holds an ID number, and %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ValueReport</name>
    <message>
        <source>view the value report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the replacement list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — equipment value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1. Straight-line depreciation by month over the category&apos;s service life, no residual value; amounts in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accumulated depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items without price or purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service life (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of service life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its service life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — computers due for replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers whose service life ends by %1, oldest first: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) without a purchase date are not listed.</source>
        <translation>
            <numerusform>%n computer without a purchase date is not listed.</numerusform>
            <numerusform>%n computers without a purchase date are not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Equipment value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers due for replacement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ValueReportModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original cost (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accumulated depreciation (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net value (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::ValueTab</name>
    <message>
        <source>Scrapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items without price or purchase date (not valued):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save value report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers reaching the end of their service life by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save replacement list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers due for replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items valued: original cost %2 yuan, net value %3 yuan. Straight-line depreciation by month over the category&apos;s service life, no residual value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) to replace, oldest first.</source>
        <translation>
            <numerusform>%n computer to replace, oldest first.</numerusform>
            <numerusform>%n computers to replace, oldest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) without a purchase date are not listed.</source>
        <translation>
            <numerusform>%n computer without a purchase date is not listed.</numerusform>
            <numerusform>%n computers without a purchase date are not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scrapping and value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::WhiteboardModule</name>
    <message>
        <source>Whiteboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::WhiteboardPage</name>
    <message>
        <source>use the whiteboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The board “%1” was not closed properly (%2). %n change(s) made after it was last saved can be recovered.</source>
        <translation>
            <numerusform>The board “%1” was not closed properly (%2). %n change made after it was last saved can be recovered.</numerusform>
            <numerusform>The board “%1” was not closed properly (%2). %n changes made after it was last saved can be recovered.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last stroke was cut off and is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tian grid (田字格)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi grid (米字格)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four lines (四线三格)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark board with grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingers move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One finger moves the page instead of writing (two fingers always zoom and move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page sorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random student picker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curtain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards and documents (*.ssboard *.xopp *.xoj *.ubz *.iwb *.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG images, one per page (*.png);;IWB for other board programs (*.iwb);;SchoolSuite board (*.ssboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a board (%2 MB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large an image (%2 × %3 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an audio or video clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link needs an address, a file or a board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio or video clip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio and video (*.mp3 *.wav *.ogg *.m4a *.mp4 *.webm *.mkv *.avi *.mov *.mpg *.mpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was copied cannot be pasted on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web page or a file; the board does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::Wire</name>
    <message>
        <source>The JSON body is malformed at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON body is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR body is malformed at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR body is not a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text value &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSuite::XoppImport</name>
    <message>
        <source>%1 is not a Xournal++ document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file breaks off at line %1 (%2); the pages before are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no readable page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid page size; the board size is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF background %1 was not found beside the file; the page is blank under the ink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the background image %1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stroke without points or width (line %1) was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image that could not be read (line %1) was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to more than 1 GB; it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed file is damaged or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
