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
        <source>Usage: schoolsuite-cli [--data-dir DIR] [--lang zh_CN|en] COMMAND ...

Commands:
</source>
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
</context>
<context>
    <name>SchoolSuite::DemoSchool</name>
    <message>
        <source>This store already holds a school; use an empty data folder for the demo.</source>
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
        <source>This computer could not be enrolled with the district platform: %1
It will try again at the next start.</source>
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
</TS>
