<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About BPU Enroll</source>
        <translation>About BPU Enroll</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Python {python} · Qt for Python {qt}</source>
        <translation>Python {python} · Qt for Python {qt}</translation>
    </message>
    <message>
        <source>Contribution rules: {versions}</source>
        <translation>Contribution rules: {versions}</translation>
    </message>
    <message>
        <source>Occupations: {version} · Regions: {regions}</source>
        <translation>Occupations: {version} · Regions: {regions}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>Log folder: {path}</source>
        <translation>Log folder: {path}</translation>
    </message>
    <message>
        <source>BPJS Ketenagakerjaan — registration of non-wage workers (BPU).</source>
        <translation>BPJS Ketenagakerjaan — registration of non-wage workers (BPU).</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Officers' activity</source>
        <translation>Officers' activity</translation>
    </message>
    <message>
        <source>Every laptop enrolled at the branch: who uses it, when it last synced and how many records it still holds. A laptop silent for longer than the days chosen is marked.</source>
        <translation>Every laptop enrolled at the branch: who uses it, when it last synced and how many records it still holds. A laptop silent for longer than the days chosen is marked.</translation>
    </message>
    <message>
        <source>&amp;Silent after</source>
        <translation>&amp;Silent after</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Days without a sync before a laptop counts as silent</source>
        <translation>Days without a sync before a laptop counts as silent</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the activity again (F5)</source>
        <translation>Read the activity again (F5)</translation>
    </message>
    <message>
        <source>Laptops and their last sync</source>
        <translation>Laptops and their last sync</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Silent: never synced</source>
        <translation>Silent: never synced</translation>
    </message>
    <message numerus="yes">
        <source>Silent for %Ln day(s)</source>
        <translation>
            <numerusform>Silent for %Ln day</numerusform>
            <numerusform>Silent for %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>{version} (update)</source>
        <translation>{version} (update)</translation>
    </message>
    <message>
        <source>Contribution rules</source>
        <translation>Contribution rules</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Occupations</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Last sync at</source>
        <translation>Last sync at</translation>
    </message>
    <message>
        <source>Records waiting</source>
        <translation>Records waiting</translation>
    </message>
    <message>
        <source>Records received</source>
        <translation>Records received</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App version</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Reference data</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln laptop(s)</source>
        <translation>
            <numerusform>%Ln laptop</numerusform>
            <numerusform>%Ln laptops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln silent for more than {days} days</source>
        <translation>
            <numerusform>%Ln silent for more than {days} days</numerusform>
            <numerusform>%Ln silent for more than {days} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked</source>
        <translation>
            <numerusform>%Ln revoked</numerusform>
            <numerusform>%Ln revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) waiting</source>
        <translation>
            <numerusform>%Ln record waiting</numerusform>
            <numerusform>%Ln records waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln below version {minimum}</source>
        <translation>
            <numerusform>%Ln below version {minimum}</numerusform>
            <numerusform>%Ln below version {minimum}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Your session at the branch server has ended. Sign in again.</source>
        <translation>Your session at the branch server has ended. Sign in again.</translation>
    </message>
    <message>
        <source>Enrolling this laptop at the branch…</source>
        <translation>Enrolling this laptop at the branch…</translation>
    </message>
    <message>
        <source>This laptop is now a laptop of {branch}. The demo profile was put aside in {folder}. Sign in with your branch password.</source>
        <translation>This laptop is now a laptop of {branch}. The demo profile was put aside in {folder}. Sign in with your branch password.</translation>
    </message>
    <message>
        <source>The enrolment did not succeed: {error} The demo profile was put back; you can sign in to it as before.</source>
        <translation>The enrolment did not succeed: {error} The demo profile was put back; you can sign in to it as before.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>What was done at the branch, newest first: sign-ins (failed and refused ones too), decisions, workers' records viewed, imports and exports. Each line is sealed to the one before it, so a changed or removed line is found.</source>
        <translation>What was done at the branch, newest first: sign-ins (failed and refused ones too), decisions, workers' records viewed, imports and exports. Each line is sealed to the one before it, so a changed or removed line is found.</translation>
    </message>
    <message>
        <source>&amp;Lines shown</source>
        <translation>&amp;Lines shown</translation>
    </message>
    <message>
        <source>How many of the newest lines to show</source>
        <translation>How many of the newest lines to show</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the audit log again (F5)</source>
        <translation>Read the audit log again (F5)</translation>
    </message>
    <message>
        <source>Audit log lines, newest first</source>
        <translation>Audit log lines, newest first</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Sign-in refused: account locked</source>
        <translation>Sign-in refused: account locked</translation>
    </message>
    <message>
        <source>Sign-in refused: not a staff account</source>
        <translation>Sign-in refused: not a staff account</translation>
    </message>
    <message>
        <source>Refused: the role does not allow it</source>
        <translation>Refused: the role does not allow it</translation>
    </message>
    <message>
        <source>Laptop refused: revoked, forged or replayed</source>
        <translation>Laptop refused: revoked, forged or replayed</translation>
    </message>
    <message>
        <source>Refusals only counted: too many in a minute</source>
        <translation>Refusals only counted: too many in a minute</translation>
    </message>
    <message>
        <source>Decision on a record</source>
        <translation>Decision on a record</translation>
    </message>
    <message>
        <source>Void from a laptop applied</source>
        <translation>Void from a laptop applied</translation>
    </message>
    <message>
        <source>USB batch import</source>
        <translation>USB batch import</translation>
    </message>
    <message>
        <source>Export for the national core system</source>
        <translation>Export for the national core system</translation>
    </message>
    <message>
        <source>Export downloaded again</source>
        <translation>Export downloaded again</translation>
    </message>
    <message>
        <source>Export refused: a record does not read</source>
        <translation>Export refused: a record does not read</translation>
    </message>
    <message>
        <source>Branch data checked for damage</source>
        <translation>Branch data checked for damage</translation>
    </message>
    <message>
        <source>Damaged record met in the workspace: asked again of its laptop</source>
        <translation>Damaged record met in the workspace: asked again of its laptop</translation>
    </message>
    <message>
        <source>Damaged record repaired from the laptop</source>
        <translation>Damaged record repaired from the laptop</translation>
    </message>
    <message>
        <source>Damaged record not repairable from the laptop: restore from a backup</source>
        <translation>Damaged record not repairable from the laptop: restore from a backup</translation>
    </message>
    <message>
        <source>Tally printed</source>
        <translation>Tally printed</translation>
    </message>
    <message>
        <source>Tally saved as a PDF file</source>
        <translation>Tally saved as a PDF file</translation>
    </message>
    <message>
        <source>Worker's record viewed</source>
        <translation>Worker's record viewed</translation>
    </message>
    <message>
        <source>Refused: replaces another laptop's record</source>
        <translation>Refused: replaces another laptop's record</translation>
    </message>
    <message>
        <source>Refused: void of a conflict</source>
        <translation>Refused: void of a conflict</translation>
    </message>
    <message>
        <source>Audit chain found broken</source>
        <translation>Audit chain found broken</translation>
    </message>
    <message>
        <source>Branch set up</source>
        <translation>Branch set up</translation>
    </message>
    <message>
        <source>Branch brought under the master key</source>
        <translation>Branch brought under the master key</translation>
    </message>
    <message>
        <source>Personal data left in clear sealed</source>
        <translation>Personal data left in clear sealed</translation>
    </message>
    <message>
        <source>Officer added</source>
        <translation>Officer added</translation>
    </message>
    <message>
        <source>Officer active again</source>
        <translation>Officer active again</translation>
    </message>
    <message>
        <source>Officer revoked</source>
        <translation>Officer revoked</translation>
    </message>
    <message>
        <source>Sign-in unlocked by a supervisor</source>
        <translation>Sign-in unlocked by a supervisor</translation>
    </message>
    <message>
        <source>Enrolment code issued</source>
        <translation>Enrolment code issued</translation>
    </message>
    <message>
        <source>Enrolment code refused: too many live or a lifetime out of bounds</source>
        <translation>Enrolment code refused: too many live or a lifetime out of bounds</translation>
    </message>
    <message>
        <source>Laptop enrolled</source>
        <translation>Laptop enrolled</translation>
    </message>
    <message>
        <source>Laptop enrolment answered again</source>
        <translation>Laptop enrolment answered again</translation>
    </message>
    <message>
        <source>Laptop revoked</source>
        <translation>Laptop revoked</translation>
    </message>
    <message>
        <source>Reference data published</source>
        <translation>Reference data published</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Master key changed</source>
        <translation>Master key changed</translation>
    </message>
    <message>
        <source>Master key backed up</source>
        <translation>Master key backed up</translation>
    </message>
    <message>
        <source>Master key restored</source>
        <translation>Master key restored</translation>
    </message>
    <message>
        <source>Refusals only counted: too many from one address</source>
        <translation>Refusals only counted: too many from one address</translation>
    </message>
    <message>
        <source>Refusals only counted: too many from one laptop</source>
        <translation>Refusals only counted: too many from one laptop</translation>
    </message>
    <message>
        <source>Refusals only counted: one member of staff refused too often</source>
        <translation>Refusals only counted: one member of staff refused too often</translation>
    </message>
    <message>
        <source>Refusals only counted: too many from all clients together</source>
        <translation>Refusals only counted: too many from all clients together</translation>
    </message>
    <message>
        <source>laptop {code}</source>
        <translation>laptop {code}</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>command line ({user})</source>
        <translation>command line ({user})</translation>
    </message>
    <message>
        <source>branch server</source>
        <translation>branch server</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>When ({zone})</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact (%Ln line(s) checked)</source>
        <translation>
            <numerusform>Audit chain intact (%Ln line checked)</numerusform>
            <numerusform>Audit chain intact (%Ln lines checked)</numerusform>
        </translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>locked until</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>decision no.</source>
        <translation>decision no.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>counted, not written</source>
        <translation>counted, not written</translation>
    </message>
    <message>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <source>whole subject</source>
        <translation>whole subject</translation>
    </message>
    <message>
        <source>who in full</source>
        <translation>who in full</translation>
    </message>
    <message>
        <source>what in full</source>
        <translation>what in full</translation>
    </message>
    <message>
        <source>request</source>
        <translation>request</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>names record</source>
        <translation>names record</translation>
    </message>
    <message>
        <source>branch holds</source>
        <translation>branch holds</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>laptop</translation>
    </message>
    <message>
        <source>laptop revoked</source>
        <translation>laptop revoked</translation>
    </message>
    <message>
        <source>KPJ numbers ran out</source>
        <translation>KPJ numbers ran out</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
    <message>
        <source>via</source>
        <translation>via</translation>
    </message>
    <message>
        <source>seen in</source>
        <translation>seen in</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>dry run</translation>
    </message>
    <message>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>files</source>
        <translation>files</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>everything</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>to date</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>tally fingerprint</source>
        <translation>tally fingerprint</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>sessions ended</source>
        <translation>sessions ended</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>code hash</source>
        <translation>code hash</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>valid until</translation>
    </message>
    <message>
        <source>lifetime (minutes)</source>
        <translation>lifetime (minutes)</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>first KPJ</source>
        <translation>first KPJ</translation>
    </message>
    <message>
        <source>last KPJ</source>
        <translation>last KPJ</translation>
    </message>
    <message>
        <source>in force from</source>
        <translation>in force from</translation>
    </message>
    <message>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <source>master key</source>
        <translation>master key</translation>
    </message>
    <message>
        <source>master key included</source>
        <translation>master key included</translation>
    </message>
    <message>
        <source>key file written</source>
        <translation>key file written</translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation>chain intact</translation>
    </message>
    <message>
        <source>lines checked</source>
        <translation>lines checked</translation>
    </message>
    <message>
        <source>broken from line</source>
        <translation>broken from line</translation>
    </message>
    <message>
        <source>database file encrypted</source>
        <translation>database file encrypted</translation>
    </message>
    <message>
        <source>participants' NIKs hashed</source>
        <translation>participants' NIKs hashed</translation>
    </message>
    <message>
        <source>records sealed</source>
        <translation>records sealed</translation>
    </message>
    <message>
        <source>branch keys sealed</source>
        <translation>branch keys sealed</translation>
    </message>
    <message>
        <source>recovery key made</source>
        <translation>recovery key made</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflicts</translation>
    </message>
    <message>
        <source>clerks' notes</source>
        <translation>clerks' notes</translation>
    </message>
    <message>
        <source>staff names</source>
        <translation>staff names</translation>
    </message>
    <message>
        <source>laptop tallies</source>
        <translation>laptop tallies</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>checksum</translation>
    </message>
    <message>
        <source>manifest checksum</source>
        <translation>manifest checksum</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>receipts</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>damage</translation>
    </message>
    <message>
        <source>all sound</source>
        <translation>all sound</translation>
    </message>
    <message>
        <source>records damaged</source>
        <translation>records damaged</translation>
    </message>
    <message>
        <source>records asked of their laptops</source>
        <translation>records asked of their laptops</translation>
    </message>
    <message>
        <source>why</source>
        <translation>why</translation>
    </message>
    <message>
        <source>tallies damaged</source>
        <translation>tallies damaged</translation>
    </message>
    <message>
        <source>reference packages</source>
        <translation>reference packages</translation>
    </message>
    <message>
        <source>packages damaged</source>
        <translation>packages damaged</translation>
    </message>
    <message>
        <source>conflict versions damaged</source>
        <translation>conflict versions damaged</translation>
    </message>
    <message>
        <source>records kept before today's rules</source>
        <translation>records kept before today's rules</translation>
    </message>
    <message>
        <source>tallies kept before today's rules</source>
        <translation>tallies kept before today's rules</translation>
    </message>
    <message>
        <source>accounts kept before today's rules</source>
        <translation>accounts kept before today's rules</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>void</source>
        <translation>void</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>already received</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>waiting for review</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>accept</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <source>confirm the duplicate</source>
        <translation>confirm the duplicate</translation>
    </message>
    <message>
        <source>request a correction</source>
        <translation>request a correction</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>USB file</source>
        <translation>USB file</translation>
    </message>
    <message>
        <source>review details</source>
        <translation>review details</translation>
    </message>
    <message>
        <source>a decision in review</source>
        <translation>a decision in review</translation>
    </message>
    <message>
        <source>receipt check</source>
        <translation>receipt check</translation>
    </message>
    <message>
        <source>receipt check by command</source>
        <translation>receipt check by command</translation>
    </message>
    <message>
        <source>field officer</source>
        <translation>field officer</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>contribution rules</source>
        <translation>contribution rules</translation>
    </message>
    <message>
        <source>occupations</source>
        <translation>occupations</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>regions</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>key file</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>whole request</source>
        <translation>whole request</translation>
    </message>
    <message>
        <source>does not read</source>
        <translation>does not read</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>altered</translation>
    </message>
    <message>
        <source>the laptop no longer has it</source>
        <translation>the laptop no longer has it</translation>
    </message>
    <message>
        <source>the laptop's copy does not match</source>
        <translation>the laptop's copy does not match</translation>
    </message>
    <message>
        <source>all laptops</source>
        <translation>all laptops</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>wrong user name or password</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>account locked</translation>
    </message>
    <message>
        <source>not a staff account</source>
        <translation>not a staff account</translation>
    </message>
    <message>
        <source>sign-in form not valid</source>
        <translation>sign-in form not valid</translation>
    </message>
    <message>
        <source>sign-in request unreadable</source>
        <translation>sign-in request unreadable</translation>
    </message>
    <message>
        <source>replaces another laptop's record</source>
        <translation>replaces another laptop's record</translation>
    </message>
    <message>
        <source>void of a version in conflict</source>
        <translation>void of a version in conflict</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit chain broken from line {line}: lines were changed or removed. Keep this computer as it is and tell the branch head.</source>
        <translation>Audit chain broken from line {line}: lines were changed or removed. Keep this computer as it is and tell the branch head.</translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <source>Batches received</source>
        <translation>Batches received</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Read the inbox from the branch server again (F5)</source>
        <translation>Read the inbox from the branch server again (F5)</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a batch</source>
        <translation>Press Enter or double-click to open a batch</translation>
    </message>
    <message>
        <source>Records of the batch</source>
        <translation>Records of the batch</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Opening the batch…</source>
        <translation>Opening the batch…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) received. Press Enter to open one.</source>
        <translation>
            <numerusform>%Ln batch received. Press Enter to open one.</numerusform>
            <numerusform>%Ln batches received. Press Enter to open one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch {batch} from {device}, received {when}: %Ln record(s).</source>
        <translation>
            <numerusform>Batch {batch} from {device}, received {when}: %Ln record.</numerusform>
            <numerusform>Batch {batch} from {device}, received {when}: %Ln records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a batch to see its records.</source>
        <translation>Open a batch to see its records.</translation>
    </message>
</context>
<context>
    <name>BranchTallyPage</name>
    <message>
        <source>Branch tally</source>
        <translation>Branch tally</translation>
    </message>
    <message>
        <source>What the branch received from every laptop for a day or a period, per officer and work location, with the cash each officer collected to reconcile against the deposits. Print it or save it as a PDF; the tally fingerprint at the foot identifies these figures.</source>
        <translation>What the branch received from every laptop for a day or a period, per officer and work location, with the cash each officer collected to reconcile against the deposits. Print it or save it as a PDF; the tally fingerprint at the foot identifies these figures.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>To&amp;day</translation>
    </message>
    <message>
        <source>Today only</source>
        <translation>Today only</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;This week</translation>
    </message>
    <message>
        <source>From Monday to today</source>
        <translation>From Monday to today</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Save the branch tally as a PDF file (Ctrl+S)</source>
        <translation>Save the branch tally as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the branch tally (Ctrl+P)</source>
        <translation>Print the branch tally (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>Columns of the figures</source>
        <translation>Columns of the figures</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>C&amp;hart</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>What the chart shows</translation>
    </message>
    <message>
        <source>Figures per officer and work location</source>
        <translation>Figures per officer and work location</translation>
    </message>
    <message>
        <source>Cash collected per officer</source>
        <translation>Cash collected per officer</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Registrations chart</source>
        <translation>Registrations chart</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Print the branch tally</source>
        <translation>Print the branch tally</translation>
    </message>
    <message>
        <source>Save the branch tally</source>
        <translation>Save the branch tally</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Preparing the print preview…</translation>
    </message>
    <message>
        <source>Officer and work location</source>
        <translation>Officer and work location</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>Work location</translation>
    </message>
    <message>
        <source>Registrations per officer</source>
        <translation>Registrations per officer</translation>
    </message>
    <message>
        <source>Registrations per work location</source>
        <translation>Registrations per work location</translation>
    </message>
    <message>
        <source>Registrations by occupation group</source>
        <translation>Registrations by occupation group</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>The branch received no registrations for {period}.</source>
        <translation>The branch received no registrations for {period}.</translation>
    </message>
    <message>
        <source>all officers</source>
        <translation>all officers</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>all locations</translation>
    </message>
    <message>
        <source>No registrations</source>
        <translation>No registrations</translation>
    </message>
    <message numerus="yes">
        <source>{period}: %Ln registration(s)</source>
        <translation>
            <numerusform>{period}: %Ln registration</numerusform>
            <numerusform>{period}: %Ln registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln voided</source>
        <translation>
            <numerusform>%Ln voided</numerusform>
            <numerusform>%Ln voided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln officer(s)</source>
        <translation>
            <numerusform>%Ln officer</numerusform>
            <numerusform>%Ln officers</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch tally, {period}</source>
        <translation>Branch tally, {period}</translation>
    </message>
    <message numerus="yes">
        <source>The branch tally went to the printer {printer} (%Ln page(s)).</source>
        <translation>
            <numerusform>The branch tally went to the printer {printer} (%Ln page).</numerusform>
            <numerusform>The branch tally went to the printer {printer} (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>quoted {quoted}, cash collected {cash}</source>
        <translation>quoted {quoted}, cash collected {cash}</translation>
    </message>
    <message>
        <source>Tally fingerprint (printed at the foot): {hash}</source>
        <translation>Tally fingerprint (printed at the foot): {hash}</translation>
    </message>
    <message>
        <source>The branch tally is saved as {path}.</source>
        <translation>The branch tally is saved as {path}.</translation>
    </message>
</context>
<context>
    <name>CrashNotifier</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong inside BPU Enroll. Registrations already saved are safe. A report without personal data was written to the log folder; please give it to the branch's support staff.</source>
        <translation>Something went wrong inside BPU Enroll. Registrations already saved are safe. A report without personal data was written to the log folder; please give it to the branch's support staff.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Report: %1</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide on a record</source>
        <translation>Decide on a record</translation>
    </message>
    <message>
        <source>Decisions not offered</source>
        <translation>Decisions not offered</translation>
    </message>
    <message>
        <source>&amp;Reason code</source>
        <translation>&amp;Reason code</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Reason code</translation>
    </message>
    <message>
        <source>&amp;Note for the officer</source>
        <translation>&amp;Note for the officer</translation>
    </message>
    <message>
        <source>Note for the officer</source>
        <translation>Note for the officer</translation>
    </message>
    <message>
        <source>Never write a NIK here.</source>
        <translation>Never write a NIK here.</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>Canc&amp;el</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Decide</translation>
    </message>
    <message>
        <source>Accept the record</source>
        <translation>Accept the record</translation>
    </message>
    <message>
        <source>Reject the record</source>
        <translation>Reject the record</translation>
    </message>
    <message>
        <source>Confirm the duplicate</source>
        <translation>Confirm the duplicate</translation>
    </message>
    <message>
        <source>Request a correction</source>
        <translation>Request a correction</translation>
    </message>
    <message>
        <source>&amp;Accept the record</source>
        <translation>&amp;Accept the record</translation>
    </message>
    <message>
        <source>Re&amp;ject the record</source>
        <translation>Re&amp;ject the record</translation>
    </message>
    <message>
        <source>Confirm the &amp;duplicate</source>
        <translation>Confirm the &amp;duplicate</translation>
    </message>
    <message>
        <source>Request a &amp;correction</source>
        <translation>Request a &amp;correction</translation>
    </message>
    <message>
        <source>The branch gives the worker a KPJ number; the officer's laptop learns it at its next sync.</source>
        <translation>The branch gives the worker a KPJ number; the officer's laptop learns it at its next sync.</translation>
    </message>
    <message>
        <source>The officer sees the reason in Needs attention at the next sync and can correct the record.</source>
        <translation>The officer sees the reason in Needs attention at the next sync and can correct the record.</translation>
    </message>
    <message>
        <source>The worker is already a participant: the existing KPJ stands and the record leaves the queue.</source>
        <translation>The worker is already a participant: the existing KPJ stands and the record leaves the queue.</translation>
    </message>
    <message>
        <source>The record goes back to the officer with your note; a corrected version comes in a later batch.</source>
        <translation>The record goes back to the officer with your note; a corrected version comes in a later batch.</translation>
    </message>
    <message>
        <source>The registration that enrolled this worker was voided. Accepting this record enrols them again with the same KPJ number; the officer's laptop learns it at its next sync.</source>
        <translation>The registration that enrolled this worker was voided. Accepting this record enrols them again with the same KPJ number; the officer's laptop learns it at its next sync.</translation>
    </message>
    <message>
        <source>The registration that enrolled this worker was voided: confirming the duplicate leaves the worker not enrolled. Accept the record to enrol them again with the same KPJ number.</source>
        <translation>The registration that enrolled this worker was voided: confirming the duplicate leaves the worker not enrolled. Accept the record to enrol them again with the same KPJ number.</translation>
    </message>
    <message>
        <source>The version the branch holds stays as it is: accepted, with its KPJ number. The other version received is not applied; the officer's laptop learns the decision at its next sync.</source>
        <translation>The version the branch holds stays as it is: accepted, with its KPJ number. The other version received is not applied; the officer's laptop learns the decision at its next sync.</translation>
    </message>
    <message>
        <source>The version the branch holds stays as it is: a voided receipt, counted as voided. The other version received is not applied; the officer's laptop learns the decision at its next sync.</source>
        <translation>The version the branch holds stays as it is: a voided receipt, counted as voided. The other version received is not applied; the officer's laptop learns the decision at its next sync.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The version the branch holds is already accepted (a participant with a KPJ number): it stays as it is, and a change comes from the officer's laptop as a correction.</source>
        <translation>Not offered: {decisions}. The version the branch holds is already accepted (a participant with a KPJ number): it stays as it is, and a change comes from the officer's laptop as a correction.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The version the branch holds is a voided receipt: it stays voided.</source>
        <translation>Not offered: {decisions}. The version the branch holds is a voided receipt: it stays voided.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The worker is already a participant, so the record cannot have a KPJ number of its own.</source>
        <translation>Not offered: {decisions}. The worker is already a participant, so the record cannot have a KPJ number of its own.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The record is not a duplicate.</source>
        <translation>Not offered: {decisions}. The record is not a duplicate.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The version held is already accepted.</source>
        <translation>Not offered: {decisions}. The version held is already accepted.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The version held is a voided receipt.</source>
        <translation>Not offered: {decisions}. The version held is a voided receipt.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The worker is already a participant.</source>
        <translation>Not offered: {decisions}. The worker is already a participant.</translation>
    </message>
    <message>
        <source>{decision}: receipt {receipt} · {name} · NIK {nik}</source>
        <translation>{decision}: receipt {receipt} · {name} · NIK {nik}</translation>
    </message>
    <message>
        <source>(no reason code)</source>
        <translation>(no reason code)</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>Close without deciding, and discard the note you wrote?</source>
        <translation>Close without deciding, and discard the note you wrote?</translation>
    </message>
    <message>
        <source>&amp;Discard the note</source>
        <translation>&amp;Discard the note</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Keep writing</translation>
    </message>
    <message>
        <source>Choose the reason code the officer will see.</source>
        <translation>Choose the reason code the officer will see.</translation>
    </message>
    <message>
        <source>Write a note: tell the officer what to correct.</source>
        <translation>Write a note: tell the officer what to correct.</translation>
    </message>
    <message>
        <source>Write a note: say what the other reason is.</source>
        <translation>Write a note: say what the other reason is.</translation>
    </message>
    <message>
        <source>Sending the decision to the branch server…</source>
        <translation>Sending the decision to the branch server…</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>Work location</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <source>Contribution total</source>
        <translation>Contribution total</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>KPJ number</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <source>Branch's reasons</source>
        <translation>Branch's reasons</translation>
    </message>
    <message>
        <source>Clerk's note</source>
        <translation>Clerk's note</translation>
    </message>
    <message>
        <source>Personal data removed</source>
        <translation>Personal data removed</translation>
    </message>
    <message>
        <source>Receipt copies</source>
        <translation>Receipt copies</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>Every laptop enrolled at the branch. Revoke a laptop that was lost or stolen: the branch refuses it from its next sync, and the records it already sent stay. A new laptop is enrolled with a one-time code from here.</source>
        <translation>Every laptop enrolled at the branch. Revoke a laptop that was lost or stolen: the branch refuses it from its next sync, and the records it already sent stay. A new laptop is enrolled with a one-time code from here.</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation>Revo&amp;ke…</translation>
    </message>
    <message>
        <source>Revoke the chosen laptop: it is refused from its next sync</source>
        <translation>Revoke the chosen laptop: it is refused from its next sync</translation>
    </message>
    <message>
        <source>Code valid &amp;for:</source>
        <translation>Code valid &amp;for:</translation>
    </message>
    <message>
        <source>How long the next enrolment code works: the officer must enrol the laptop before then</source>
        <translation>How long the next enrolment code works: the officer must enrol the laptop before then</translation>
    </message>
    <message>
        <source>Enrolment code valid for</source>
        <translation>Enrolment code valid for</translation>
    </message>
    <message>
        <source>Enrolment &amp;code…</source>
        <translation>Enrolment &amp;code…</translation>
    </message>
    <message>
        <source>A one-time code with which an officer enrols a new laptop</source>
        <translation>A one-time code with which an officer enrols a new laptop</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Read the list again (F5)</translation>
    </message>
    <message>
        <source>Laptops enrolled at the branch</source>
        <translation>Laptops enrolled at the branch</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Records received</source>
        <translation>Records received</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Enrolment code issued; the new laptop is in the list after Refresh.</source>
        <translation>Enrolment code issued; the new laptop is in the list after Refresh.</translation>
    </message>
    <message>
        <source>Laptop {device} was already revoked.</source>
        <translation>Laptop {device} was already revoked.</translation>
    </message>
    <message>
        <source>Laptop {device} revoked: the branch refuses it from its next sync.</source>
        <translation>Laptop {device} revoked: the branch refuses it from its next sync.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln laptop(s)</source>
        <translation>
            <numerusform>%Ln laptop</numerusform>
            <numerusform>%Ln laptops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln active</numerusform>
            <numerusform>%Ln active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked</source>
        <translation>
            <numerusform>%Ln revoked</numerusform>
            <numerusform>%Ln revoked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Unfinished registrations saved on this laptop, with the officer and the time they were last saved (the branch's time). Choose one to continue, or delete what is no longer needed.</source>
        <translation>Unfinished registrations saved on this laptop, with the officer and the time they were last saved (the branch's time). Choose one to continue, or delete what is no longer needed.</translation>
    </message>
    <message>
        <source>&amp;Delete this draft…</source>
        <translation>&amp;Delete this draft…</translation>
    </message>
    <message>
        <source>Delete &amp;old drafts…</source>
        <translation>Delete &amp;old drafts…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Continue this draft</source>
        <translation>&amp;Continue this draft</translation>
    </message>
    <message>
        <source>No drafts saved.</source>
        <translation>No drafts saved.</translation>
    </message>
    <message>
        <source>Delete the draft {draft}? What was typed in it is lost.</source>
        <translation>Delete the draft {draft}? What was typed in it is lost.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s) not saved for a week or more.</source>
        <translation>
            <numerusform>%Ln draft not saved for a week or more.</numerusform>
            <numerusform>%Ln drafts not saved for a week or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln draft(s) not saved for a week or more?</source>
        <translation>
            <numerusform>Delete %Ln draft not saved for a week or more?</numerusform>
            <numerusform>Delete %Ln drafts not saved for a week or more?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete drafts</source>
        <translation>Delete drafts</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s) deleted.</source>
        <translation>
            <numerusform>%Ln draft deleted.</numerusform>
            <numerusform>%Ln drafts deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateNikCheck</name>
    <message>
        <source>Receipt {receipt}, {status}.</source>
        <translation>Receipt {receipt}, {status}.</translation>
    </message>
</context>
<context>
    <name>EnrolCodeDialog</name>
    <message>
        <source>Enrolment code for a new laptop</source>
        <translation>Enrolment code for a new laptop</translation>
    </message>
    <message>
        <source>Give this code to the officer: their laptop asks for it under "Enrol this laptop at the branch". It works once, until the time below, and is not shown again once this window is closed.</source>
        <translation>Give this code to the officer: their laptop asks for it under "Enrol this laptop at the branch". It works once, until the time below, and is not shown again once this window is closed.</translation>
    </message>
    <message>
        <source>One-time enrolment code</source>
        <translation>One-time enrolment code</translation>
    </message>
    <message>
        <source>Code with the branch's &amp;fingerprint, to paste in the officer's app:</source>
        <translation>Code with the branch's &amp;fingerprint, to paste in the officer's app:</translation>
    </message>
    <message>
        <source>Enrolment code with the branch's fingerprint</source>
        <translation>Enrolment code with the branch's fingerprint</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the code with the branch's fingerprint</source>
        <translation>Copy the code with the branch's fingerprint</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Branch addresses for the officer's app (any one of them):</source>
        <translation>Branch addresses for the officer's app (any one of them):</translation>
    </message>
    <message>
        <source>The branch server knows only this machine's own address ({address}), which a laptop cannot use. Type the server's network address in the officer's app instead (the branch admin knows it), with port {port}.</source>
        <translation>The branch server knows only this machine's own address ({address}), which a laptop cannot use. Type the server's network address in the officer's app instead (the branch admin knows it), with port {port}.</translation>
    </message>
    <message>
        <source>Copied: paste it in the officer's enrol window.</source>
        <translation>Copied: paste it in the officer's enrol window.</translation>
    </message>
    <message>
        <source>Valid until {when}</source>
        <translation>Valid until {when}</translation>
    </message>
    <message>
        <source>Branch address for the officer's app: {address}</source>
        <translation>Branch address for the officer's app: {address}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this laptop at the branch</source>
        <translation>Enrol this laptop at the branch</translation>
    </message>
    <message>
        <source>Ask the branch administrator for the branch address and a one-time code (bpu-branch device code). A code written as CODE@sha256:… also carries the certificate fingerprint.</source>
        <translation>Ask the branch administrator for the branch address and a one-time code (bpu-branch device code). A code written as CODE@sha256:… also carries the certificate fingerprint.</translation>
    </message>
    <message>
        <source>Branch address</source>
        <translation>Branch address</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Enter the branch address, starting with https:// (or http://).</source>
        <translation>Enter the branch address, starting with https:// (or http://).</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>Enter the one-time code.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>This laptop already has a profile (the demo profile), so it cannot be enrolled here. Enrolment is done from the first-run screen, on a laptop with no profile.</source>
        <translation>This laptop already has a profile (the demo profile), so it cannot be enrolled here. Enrolment is done from the first-run screen, on a laptop with no profile.</translation>
    </message>
    <message>
        <source>The branch refused the enrolment: {reason}</source>
        <translation>The branch refused the enrolment: {reason}</translation>
    </message>
    <message>
        <source>Put the demo profile aside and enrol this laptop?</source>
        <translation>Put the demo profile aside and enrol this laptop?</translation>
    </message>
    <message>
        <source>This laptop now holds the demo profile. The demo profile and its practice registrations will be put aside: they are kept in the profile folder, in a folder named demo-archive-&lt;date and time&gt;, never sent to the branch and never deleted. The laptop then becomes a laptop of the branch at {server}.

You will be signed out now; afterwards, sign in again with your branch password. If the enrolment does not succeed, the demo profile is put back.</source>
        <translation>This laptop now holds the demo profile. The demo profile and its practice registrations will be put aside: they are kept in the profile folder, in a folder named demo-archive-&lt;date and time&gt;, never sent to the branch and never deleted. The laptop then becomes a laptop of the branch at {server}.

You will be signed out now; afterwards, sign in again with your branch password. If the enrolment does not succeed, the demo profile is put back.</translation>
    </message>
    <message>
        <source>Put the demo aside and enrol</source>
        <translation>Put the demo aside and enrol</translation>
    </message>
    <message>
        <source>Keep the demo</source>
        <translation>Keep the demo</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>The branch cannot be reached. Check the address.</source>
        <translation>The branch cannot be reached. Check the address.</translation>
    </message>
    <message>
        <source>Enrolment failed unexpectedly.</source>
        <translation>Enrolment failed unexpectedly.</translation>
    </message>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (code {code})</translation>
    </message>
    <message>
        <source>The server's certificate does not match the code's fingerprint.</source>
        <translation>The server's certificate does not match the code's fingerprint.</translation>
    </message>
    <message>
        <source>An https address needs the code with its fingerprint (CODE@sha256:…).</source>
        <translation>An https address needs the code with its fingerprint (CODE@sha256:…).</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Something went wrong ({name}). Nothing was lost; try again.</source>
        <translation>Something went wrong ({name}). Nothing was lost; try again.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more wrong attempt(s) and the account is locked for a few minutes.</source>
        <translation>
            <numerusform>%Ln more wrong attempt and the account is locked for a few minutes.</numerusform>
            <numerusform>%Ln more wrong attempts and the account is locked for a few minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>BPU Enroll: first start</source>
        <translation>BPU Enroll: first start</translation>
    </message>
    <message>
        <source>Welcome to BPU Enroll</source>
        <translation>Welcome to BPU Enroll</translation>
    </message>
    <message>
        <source>This laptop has no profile yet. Choose how to start.</source>
        <translation>This laptop has no profile yet. Choose how to start.</translation>
    </message>
    <message>
        <source>Try the demo profile</source>
        <translation>Try the demo profile</translation>
    </message>
    <message>
        <source>A demo branch, device and officer on this laptop only: sign in as "demo" with the password "demo". Nothing is sent anywhere.</source>
        <translation>A demo branch, device and officer on this laptop only: sign in as "demo" with the password "demo". Nothing is sent anywhere.</translation>
    </message>
    <message>
        <source>Enrol this laptop at the branch</source>
        <translation>Enrol this laptop at the branch</translation>
    </message>
    <message>
        <source>For real registrations the laptop is enrolled once at the branch office (kantor cabang): bring it to the branch, connect to the branch network, and ask the branch administrator for a one-time enrolment code. The laptop then receives its device code, the officer list and the reference data.</source>
        <translation>For real registrations the laptop is enrolled once at the branch office (kantor cabang): bring it to the branch, connect to the branch network, and ask the branch administrator for a one-time enrolment code. The laptop then receives its device code, the officer list and the reference data.</translation>
    </message>
    <message>
        <source>Branch workstation (clerk or supervisor)</source>
        <translation>Branch workstation (clerk or supervisor)</translation>
    </message>
    <message>
        <source>A computer at the branch office where clerks and supervisors work online against the branch server. You need the server address and its certificate fingerprint from the branch administrator.</source>
        <translation>A computer at the branch office where clerks and supervisors work online against the branch server. You need the server address and its certificate fingerprint from the branch administrator.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Enter the branch address and the one-time code from the branch administrator.</source>
        <translation>Enter the branch address and the one-time code from the branch administrator.</translation>
    </message>
    <message>
        <source>This computer is now a workstation of branch {branch}.</source>
        <translation>This computer is now a workstation of branch {branch}.</translation>
    </message>
    <message>
        <source>This laptop is now device {device} of {branch}.</source>
        <translation>This laptop is now device {device} of {branch}.</translation>
    </message>
    <message>
        <source>Creating the demo profile…</source>
        <translation>Creating the demo profile…</translation>
    </message>
</context>
<context>
    <name>KtpCameraDialog</name>
    <message>
        <source>KTP photo from the camera</source>
        <translation>KTP photo from the camera</translation>
    </message>
    <message>
        <source>Hold the KTP inside the frame, flat and in the light, then press Space.</source>
        <translation>Hold the KTP inside the frame, flat and in the light, then press Space.</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Camera preview</translation>
    </message>
    <message>
        <source>Open a photo &amp;file…</source>
        <translation>Open a photo &amp;file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Capture (Space)</source>
        <translation>&amp;Capture (Space)</translation>
    </message>
    <message>
        <source>No camera found on this laptop. Open a photo file instead.</source>
        <translation>No camera found on this laptop. Open a photo file instead.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
</context>
<context>
    <name>KtpPrefill</name>
    <message>
        <source>KTP photo</source>
        <translation>KTP photo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Reading the KTP photo on this laptop…</source>
        <translation>Reading the KTP photo on this laptop…</translation>
    </message>
    <message numerus="yes">
        <source>Filled from the KTP photo: %Ln field(s). Check each against the card before finalising.</source>
        <translation>
            <numerusform>Filled from the KTP photo: %Ln field. Check each against the card before finalising.</numerusform>
            <numerusform>Filled from the KTP photo: %Ln fields. Check each against the card before finalising.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln uncertain field(s) highlighted.</source>
        <translation>
            <numerusform>%Ln uncertain field highlighted.</numerusform>
            <numerusform>%Ln uncertain fields highlighted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Village {name} not found in the list: choose it.</source>
        <translation>Village {name} not found in the list: choose it.</translation>
    </message>
    <message>
        <source>NIK check: {problems}</source>
        <translation>NIK check: {problems}</translation>
    </message>
    <message>
        <source>NIK check: agrees with the birth date, gender and region on the card.</source>
        <translation>NIK check: agrees with the birth date, gender and region on the card.</translation>
    </message>
    <message>
        <source>From the KTP photo (dari foto KTP), confidence {percent}%</source>
        <translation>From the KTP photo (dari foto KTP), confidence {percent}%</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>The screen was locked to protect the workers' data. {name} ({user}): type your password to continue. The form you were filling in is kept as it was.</source>
        <translation>The screen was locked to protect the workers' data. {name} ({user}): type your password to continue. The form you were filling in is kept as it was.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>BPU Enroll: sign in</source>
        <translation>BPU Enroll: sign in</translation>
    </message>
    <message>
        <source>BPU Enroll</source>
        <translation>BPU Enroll</translation>
    </message>
    <message>
        <source>Registration of informal workers (BPU) for BPJS Ketenagakerjaan</source>
        <translation>Registration of informal workers (BPU) for BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Officer</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Retry &amp;now</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>{name} ({username}) — revoked</source>
        <translation>{name} ({username}) — revoked</translation>
    </message>
    <message>
        <source>Branch workstation · {branch} · {server}</source>
        <translation>Branch workstation · {branch} · {server}</translation>
    </message>
    <message>
        <source>{branch} · device {device}</source>
        <translation>{branch} · device {device}</translation>
    </message>
    <message>
        <source>Choose an officer first.</source>
        <translation>Choose an officer first.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>A user name has only letters, digits and dots, with no spaces.</source>
        <translation>A user name has only letters, digits and dots, with no spaces.</translation>
    </message>
    <message>
        <source>Signing in at the branch server…</source>
        <translation>Signing in at the branch server…</translation>
    </message>
    <message>
        <source>This account cannot open a branch workspace: officers work on their laptops. Only clerks, supervisors and administrators sign in here.</source>
        <translation>This account cannot open a branch workspace: officers work on their laptops. Only clerks, supervisors and administrators sign in here.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: this account is locked. Try again in %Ln minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins: this account is locked. Try again in %Ln minute.</numerusform>
            <numerusform>Too many failed sign-ins: this account is locked. Try again in %Ln minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (code {code})</translation>
    </message>
    <message>
        <source>Branch server unreachable — retrying in {seconds} s.</source>
        <translation>Branch server unreachable — retrying in {seconds} s.</translation>
    </message>
    <message>
        <source>Connecting to the branch server…</source>
        <translation>Connecting to the branch server…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BPU Enroll</source>
        <translation>BPU Enroll</translation>
    </message>
    <message>
        <source>This laptop was revoked by the branch: it cannot make new registrations or receipts. Bring it to the branch office; the records it holds are kept.</source>
        <translation>This laptop was revoked by the branch: it cannot make new registrations or receipts. Bring it to the branch office; the records it holds are kept.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>&amp;Options…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About BPU Enroll</source>
        <translation>&amp;About BPU Enroll</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;High contrast (sunlight)</source>
        <translation>&amp;High contrast (sunlight)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>The audit log of this laptop was changed (from entry {entry}). Work can go on; tell the branch office.</source>
        <translation>The audit log of this laptop was changed (from entry {entry}). Work can go on; tell the branch office.</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Daily tally</source>
        <translation>Daily tally</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>Officer: {name}</translation>
    </message>
    <message>
        <source>Branch: {branch} · device {device}</source>
        <translation>Branch: {branch} · device {device}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync: %Ln</source>
        <translation>
            <numerusform>Waiting to sync: %Ln</numerusform>
            <numerusform>Waiting to sync: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;High contrast (for sunlight)</source>
        <translation>&amp;High contrast (for sunlight)</translation>
    </message>
    <message>
        <source>La&amp;rger text</source>
        <translation>La&amp;rger text</translation>
    </message>
    <message>
        <source>Lock after &amp;idle</source>
        <translation>Lock after &amp;idle</translation>
    </message>
    <message>
        <source>Minutes idle before the screen locks</source>
        <translation>Minutes idle before the screen locks</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>The document as it will print</source>
        <translation>The document as it will print</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Close the preview (Esc)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Save this PDF file (Ctrl+S)</source>
        <translation>Save this PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print what the preview shows (Enter)</source>
        <translation>Print what the preview shows (Enter)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>The printer could not be used. Nothing was printed.</source>
        <translation>The printer could not be used. Nothing was printed.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer {printer} (%Ln page(s)).</source>
        <translation>
            <numerusform>Sent to the printer {printer} (%Ln page).</numerusform>
            <numerusform>Sent to the printer {printer} (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message numerus="yes">
        <source>Total for %Ln month(s) paid now.</source>
        <translation>
            <numerusform>Total for %Ln month paid now.</numerusform>
            <numerusform>Total for %Ln months paid now.</numerusform>
        </translation>
    </message>
    <message>
        <source>JKK and JKM are halved in relief months (PP 50/2025); JHT is not.</source>
        <translation>JKK and JKM are halved in relief months (PP 50/2025); JHT is not.</translation>
    </message>
</context>
<context>
    <name>ReceiptCheckPage</name>
    <message>
        <source>Check a receipt</source>
        <translation>Check a receipt</translation>
    </message>
    <message>
        <source>Paste or scan the text of the receipt's QR code, or open the receipt PDF. The branch checks the laptop's signature and says what became of the registration.</source>
        <translation>Paste or scan the text of the receipt's QR code, or open the receipt PDF. The branch checks the laptop's signature and says what became of the registration.</translation>
    </message>
    <message>
        <source>QR &amp;text</source>
        <translation>QR &amp;text</translation>
    </message>
    <message>
        <source>BPU1.…</source>
        <translation>BPU1.…</translation>
    </message>
    <message>
        <source>The text of the receipt's QR code</source>
        <translation>The text of the receipt's QR code</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Open receipt PDF…</source>
        <translation>&amp;Open receipt PDF…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>The result of the check</source>
        <translation>The result of the check</translation>
    </message>
    <message>
        <source>Paste the QR text or open a receipt PDF first.</source>
        <translation>Paste the QR text or open a receipt PDF first.</translation>
    </message>
    <message>
        <source>Open a receipt</source>
        <translation>Open a receipt</translation>
    </message>
    <message>
        <source>Receipts (*.pdf);;All files (*)</source>
        <translation>Receipts (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Not valid: {why} (code {code})</source>
        <translation>Not valid: {why} (code {code})</translation>
    </message>
    <message>
        <source>Valid receipt {number}, issued {when} by laptop {device}, officer {officer}.</source>
        <translation>Valid receipt {number}, issued {when} by laptop {device}, officer {officer}.</translation>
    </message>
    <message>
        <source>At the branch: accepted, KPJ {kpj}.</source>
        <translation>At the branch: accepted, KPJ {kpj}.</translation>
    </message>
    <message>
        <source>At the branch: already a participant, KPJ {kpj}.</source>
        <translation>At the branch: already a participant, KPJ {kpj}.</translation>
    </message>
    <message>
        <source>At the branch: voided.</source>
        <translation>At the branch: voided.</translation>
    </message>
    <message>
        <source>At the branch: rejected; the officer must correct it.</source>
        <translation>At the branch: rejected; the officer must correct it.</translation>
    </message>
    <message>
        <source>At the branch: waiting for a clerk's review.</source>
        <translation>At the branch: waiting for a clerk's review.</translation>
    </message>
    <message>
        <source>At the branch: not received yet (the laptop has not synced).</source>
        <translation>At the branch: not received yet (the laptop has not synced).</translation>
    </message>
    <message>
        <source>At the branch: {state}.</source>
        <translation>At the branch: {state}.</translation>
    </message>
    <message>
        <source>The record held here differs from this receipt.</source>
        <translation>The record held here differs from this receipt.</translation>
    </message>
    <message>
        <source>the receipt was changed after it was printed</source>
        <translation>the receipt was changed after it was printed</translation>
    </message>
    <message>
        <source>no laptop of this branch issued it</source>
        <translation>no laptop of this branch issued it</translation>
    </message>
    <message>
        <source>the laptop issued it after the branch revoked it</source>
        <translation>the laptop issued it after the branch revoked it</translation>
    </message>
    <message>
        <source>this is not the QR code of a BPU Enroll receipt</source>
        <translation>this is not the QR code of a BPU Enroll receipt</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>Paper si&amp;ze</translation>
    </message>
    <message>
        <source>Paper size of the receipt</source>
        <translation>Paper size of the receipt</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>The receipt as it will print</source>
        <translation>The receipt as it will print</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Close the preview (Esc)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file (Ctrl+S)</source>
        <translation>Save the receipt as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the receipt (Enter)</source>
        <translation>Print the receipt (Enter)</translation>
    </message>
    <message>
        <source>A5 (office printer)</source>
        <translation>A5 (office printer)</translation>
    </message>
    <message>
        <source>80 mm roll (thermal printer)</source>
        <translation>80 mm roll (thermal printer)</translation>
    </message>
    <message>
        <source>The original receipt. Any later print is marked SALINAN (copy).</source>
        <translation>The original receipt. Any later print is marked SALINAN (copy).</translation>
    </message>
    <message>
        <source>Marked SALINAN {count} (copy).</source>
        <translation>Marked SALINAN {count} (copy).</translation>
    </message>
    <message>
        <source>Voided registration: the receipt prints with BATAL across it.</source>
        <translation>Voided registration: the receipt prints with BATAL across it.</translation>
    </message>
    <message>
        <source>Correction: the receipt names the receipt it replaces.</source>
        <translation>Correction: the receipt names the receipt it replaces.</translation>
    </message>
    <message>
        <source>Saved PDF: marked as the electronic copy; the first paper print stays the original.</source>
        <translation>Saved PDF: marked as the electronic copy; the first paper print stays the original.</translation>
    </message>
    <message>
        <source>Reprint: this receipt was printed before.</source>
        <translation>Reprint: this receipt was printed before.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>Receipt page</source>
        <translation>Receipt page</translation>
    </message>
    <message>
        <source>The printer could not be used. Nothing was printed.</source>
        <translation>The printer could not be used. Nothing was printed.</translation>
    </message>
    <message>
        <source>Sent to the printer {printer}: receipt {receipt}.</source>
        <translation>Sent to the printer {printer}: receipt {receipt}.</translation>
    </message>
    <message>
        <source>Receipt {receipt} saved as {path}.</source>
        <translation>Receipt {receipt} saved as {path}.</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Preparing the receipt…</translation>
    </message>
    <message>
        <source>Receipt {receipt}</source>
        <translation>Receipt {receipt}</translation>
    </message>
</context>
<context>
    <name>ReconcilePage</name>
    <message>
        <source>Reconciliation</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <source>Each laptop's own tally fingerprint for the day against what the branch received from it. A difference lists the records not yet synced, voids the branch has not received and the figures that differ. A laptop that has not reported can bring its tally file (bpu-enroll tally --json) on a USB stick.</source>
        <translation>Each laptop's own tally fingerprint for the day against what the branch received from it. A difference lists the records not yet synced, voids the branch has not received and the figures that differ. A laptop that has not reported can bring its tally file (bpu-enroll tally --json) on a USB stick.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date to reconcile</source>
        <translation>Date to reconcile</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Check a laptop tally &amp;file…</source>
        <translation>Check a laptop tally &amp;file…</translation>
    </message>
    <message>
        <source>Compare a tally file from a laptop (bpu-enroll tally --json) with what the branch received (Ctrl+O)</source>
        <translation>Compare a tally file from a laptop (bpu-enroll tally --json) with what the branch received (Ctrl+O)</translation>
    </message>
    <message>
        <source>Laptops of the day and whether their tallies match</source>
        <translation>Laptops of the day and whether their tallies match</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Figures that differ between the laptop and the branch</source>
        <translation>Figures that differ between the laptop and the branch</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Differs</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>Records not synced yet</source>
        <translation>Records not synced yet</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <source>Check a laptop tally file</source>
        <translation>Check a laptop tally file</translation>
    </message>
    <message>
        <source>Tally files (*.json);;All files (*)</source>
        <translation>Tally files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Not synced</translation>
    </message>
    <message>
        <source>Voids not received</source>
        <translation>Voids not received</translation>
    </message>
    <message>
        <source>Missing receipts</source>
        <translation>Missing receipts</translation>
    </message>
    <message>
        <source>Officer and place</source>
        <translation>Officer and place</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>All officers and places</source>
        <translation>All officers and places</translation>
    </message>
    <message>
        <source>The tally</source>
        <translation>The tally</translation>
    </message>
    <message>
        <source>no work location</source>
        <translation>no work location</translation>
    </message>
    <message>
        <source>The tally file of laptop {device}: {result}.</source>
        <translation>The tally file of laptop {device}: {result}.</translation>
    </message>
    <message>
        <source>No laptop has records or a report on {day}.</source>
        <translation>No laptop has records or a report on {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln laptop(s)</source>
        <translation>
            <numerusform>%Ln laptop</numerusform>
            <numerusform>%Ln laptops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln differ</source>
        <translation>
            <numerusform>%Ln differs</numerusform>
            <numerusform>%Ln differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with records not synced yet</source>
        <translation>
            <numerusform>%Ln with records not synced yet</numerusform>
            <numerusform>%Ln with records not synced yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not reported</source>
        <translation>
            <numerusform>%Ln not reported</numerusform>
            <numerusform>%Ln not reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) still on the laptop, not synced yet.</source>
        <translation>
            <numerusform>%Ln record still on the laptop, not synced yet.</numerusform>
            <numerusform>%Ln records still on the laptop, not synced yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) finalised on the laptop, not at the branch yet: {list}</source>
        <translation>
            <numerusform>%Ln receipt finalised on the laptop, not at the branch yet: {list}</numerusform>
            <numerusform>%Ln receipts finalised on the laptop, not at the branch yet: {list}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) voided on the laptop, not voided at the branch yet: {list}</source>
        <translation>
            <numerusform>%Ln receipt voided on the laptop, not voided at the branch yet: {list}</numerusform>
            <numerusform>%Ln receipts voided on the laptop, not voided at the branch yet: {list}</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a laptop to see its differences.</source>
        <translation>Select a laptop to see its differences.</translation>
    </message>
    <message>
        <source>Laptop fingerprint</source>
        <translation>Laptop fingerprint</translation>
    </message>
    <message>
        <source>Branch fingerprint</source>
        <translation>Branch fingerprint</translation>
    </message>
    <message>
        <source>This file is not a laptop tally (bpu-enroll tally --json).</source>
        <translation>This file is not a laptop tally (bpu-enroll tally --json).</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (code {code})</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Male (laki-laki)</source>
        <translation>Male (laki-laki)</translation>
    </message>
    <message>
        <source>Female (perempuan)</source>
        <translation>Female (perempuan)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>Sector: follows from the occupation.</source>
        <translation>Sector: follows from the occupation.</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>transport</translation>
    </message>
    <message>
        <source>other sectors</source>
        <translation>other sectors</translation>
    </message>
    <message>
        <source>Group: {group} · Sector: {sector}</source>
        <translation>Group: {group} · Sector: {sector}</translation>
    </message>
    <message>
        <source>JHT is required for a business owner who employs other workers (pemberi kerja).</source>
        <translation>JHT is required for a business owner who employs other workers (pemberi kerja).</translation>
    </message>
    <message>
        <source>JKK and JKM are mandatory; JHT (old-age savings) is optional.</source>
        <translation>JKK and JKM are mandatory; JHT (old-age savings) is optional.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>New registration</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Fill the form from a photo of the worker's KTP, read on this laptop (Ctrl+K)</source>
        <translation>Fill the form from a photo of the worker's KTP, read on this laptop (Ctrl+K)</translation>
    </message>
    <message>
        <source>Worker (as on the KTP)</source>
        <translation>Worker (as on the KTP)</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 digits from the KTP</source>
        <translation>16 digits from the KTP</translation>
    </message>
    <message>
        <source>Show the earlier registration of this NIK on the Registrations page</source>
        <translation>Show the earlier registration of this NIK on the Registrations page</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>as written on the KTP</source>
        <translation>as written on the KTP</translation>
    </message>
    <message>
        <source>Place of &amp;birth</source>
        <translation>Place of &amp;birth</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>&amp;KK number</source>
        <translation>&amp;KK number</translation>
    </message>
    <message>
        <source>Family card (KK) number</source>
        <translation>Family card (KK) number</translation>
    </message>
    <message>
        <source>optional, 16 digits</source>
        <translation>optional, 16 digits</translation>
    </message>
    <message>
        <source>Mobile &amp;phone</source>
        <translation>Mobile &amp;phone</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>08…</source>
        <translation>08…</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>&amp;RT / RW</source>
        <translation>&amp;RT / RW</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Vi&amp;llage</source>
        <translation>Vi&amp;llage</translation>
    </message>
    <message>
        <source>&amp;The worker consents to this processing of their data</source>
        <translation>&amp;The worker consents to this processing of their data</translation>
    </message>
    <message>
        <source>Mone&amp;y handed over (Rp)</source>
        <translation>Mone&amp;y handed over (Rp)</translation>
    </message>
    <message>
        <source>for the change</source>
        <translation>for the change</translation>
    </message>
    <message>
        <source>Village (kelurahan or desa)</source>
        <translation>Village (kelurahan or desa)</translation>
    </message>
    <message>
        <source>KTP photo… (Ctrl+K)</source>
        <translation>KTP photo… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Open that receipt</source>
        <translation>Open that receipt</translation>
    </message>
    <message>
        <source>F&amp;ull name</source>
        <translation>F&amp;ull name</translation>
    </message>
    <message>
        <source>type a village name or code</source>
        <translation>type a village name or code</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>type to search the catalogue</source>
        <translation>type to search the catalogue</translation>
    </message>
    <message>
        <source>Occupation (other)</source>
        <translation>Occupation (other)</translation>
    </message>
    <message>
        <source>Occupation, in words</source>
        <translation>Occupation, in words</translation>
    </message>
    <message>
        <source>describe the work</source>
        <translation>describe the work</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>&amp;Work location</source>
        <translation>&amp;Work location</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>Work location</translation>
    </message>
    <message>
        <source>Income, programmes and payment</source>
        <translation>Income, programmes and payment</translation>
    </message>
    <message>
        <source>Monthly &amp;income (Rp)</source>
        <translation>Monthly &amp;income (Rp)</translation>
    </message>
    <message>
        <source>Declared monthly income in rupiah</source>
        <translation>Declared monthly income in rupiah</translation>
    </message>
    <message>
        <source>e.g. 2.500.000</source>
        <translation>e.g. 2.500.000</translation>
    </message>
    <message>
        <source>Employs other workers (business owner)</source>
        <translation>Employs other workers (business owner)</translation>
    </message>
    <message>
        <source>Contributions paid by the government (APBN/APBD)</source>
        <translation>Contributions paid by the government (APBN/APBD)</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>JKK</source>
        <translation>JKK</translation>
    </message>
    <message>
        <source>JKM</source>
        <translation>JKM</translation>
    </message>
    <message>
        <source>&amp;JHT (old-age savings)</source>
        <translation>&amp;JHT (old-age savings)</translation>
    </message>
    <message>
        <source>&amp;Months paid now</source>
        <translation>&amp;Months paid now</translation>
    </message>
    <message>
        <source>Months paid now</source>
        <translation>Months paid now</translation>
    </message>
    <message>
        <source>&amp;Cash paid (Rp)</source>
        <translation>&amp;Cash paid (Rp)</translation>
    </message>
    <message>
        <source>Cash paid in rupiah</source>
        <translation>Cash paid in rupiah</translation>
    </message>
    <message>
        <source>empty: later</source>
        <translation>empty: later</translation>
    </message>
    <message>
        <source>Leave it empty if the worker pays later.</source>
        <translation>Leave it empty if the worker pays later.</translation>
    </message>
    <message>
        <source>= total</source>
        <translation>= total</translation>
    </message>
    <message>
        <source>Fill in the contribution total</source>
        <translation>Fill in the contribution total</translation>
    </message>
    <message>
        <source>Money the worker handed over, in rupiah (not stored)</source>
        <translation>Money the worker handed over, in rupiah (not stored)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>The worker agrees that BPJS Ketenagakerjaan processes these personal data to register them as a participant, to collect contributions and to pay benefits, as required by law (UU 27/2022 on personal data protection). The data are kept encrypted on this laptop until the branch has received them.</source>
        <translation>The worker agrees that BPJS Ketenagakerjaan processes these personal data to register them as a participant, to collect contributions and to pay benefits, as required by law (UU 27/2022 on personal data protection). The data are kept encrypted on this laptop until the branch has received them.</translation>
    </message>
    <message>
        <source>Contribution (live)</source>
        <translation>Contribution (live)</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Bracket</translation>
    </message>
    <message>
        <source>Contribution base</source>
        <translation>Contribution base</translation>
    </message>
    <message>
        <source>Rule version</source>
        <translation>Rule version</translation>
    </message>
    <message>
        <source>Contribution per month</source>
        <translation>Contribution per month</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Relief</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Per month (first month)</source>
        <translation>Per month (first month)</translation>
    </message>
    <message>
        <source>Relief PP 50/2025 (included)</source>
        <translation>Relief PP 50/2025 (included)</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total to pay</translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>Form message</translation>
    </message>
    <message>
        <source>&amp;Finalise (Ctrl+S)</source>
        <translation>&amp;Finalise (Ctrl+S)</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>Drafts…</source>
        <translation>Drafts…</translation>
    </message>
    <message>
        <source>Checking and saving…</source>
        <translation>Checking and saving…</translation>
    </message>
    <message>
        <source>Type the monthly income to see the contribution.</source>
        <translation>Type the monthly income to see the contribution.</translation>
    </message>
    <message>
        <source>The income is not a whole number of rupiah.</source>
        <translation>The income is not a whole number of rupiah.</translation>
    </message>
    <message>
        <source>Saved as a new version: receipt number {receipt} (replaces {old}).</source>
        <translation>Saved as a new version: receipt number {receipt} (replaces {old}).</translation>
    </message>
    <message>
        <source>Saved: receipt number {receipt}.</source>
        <translation>Saved: receipt number {receipt}.</translation>
    </message>
    <message>
        <source>The form you were filling in is kept as a draft: Drafts… opens it again.</source>
        <translation>The form you were filling in is kept as a draft: Drafts… opens it again.</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>Draft saved at {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before finalising; see the marked fields.</source>
        <translation>
            <numerusform>%Ln problem to fix before finalising; see the marked fields.</numerusform>
            <numerusform>%Ln problems to fix before finalising; see the marked fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct a registration</source>
        <translation>Correct a registration</translation>
    </message>
    <message>
        <source>Correcting receipt {receipt}. Finalise makes a new version with a new receipt number; the old one stays, marked as replaced. Ctrl+N cancels.</source>
        <translation>Correcting receipt {receipt}. Finalise makes a new version with a new receipt number; the old one stays, marked as replaced. Ctrl+N cancels.</translation>
    </message>
    <message>
        <source>Clerk's note: {note}</source>
        <translation>Clerk's note: {note}</translation>
    </message>
    <message>
        <source>Type a real date as DD-MM-YYYY, as on the KTP.</source>
        <translation>Type a real date as DD-MM-YYYY, as on the KTP.</translation>
    </message>
    <message>
        <source>Not chosen from the list: pick one with Enter.</source>
        <translation>Not chosen from the list: pick one with Enter.</translation>
    </message>
    <message>
        <source>Short by {amount}</source>
        <translation>Short by {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Change {amount}</translation>
    </message>
</context>
<context>
    <name>RegistrationsModel</name>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>(personal data removed)</source>
        <translation>(personal data removed)</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Search by name, NIK or receipt number</source>
        <translation>Search by name, NIK or receipt number</translation>
    </message>
    <message>
        <source>Search registrations</source>
        <translation>Search registrations</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Registrations list</source>
        <translation>Registrations list</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Registration details</source>
        <translation>Registration details</translation>
    </message>
    <message>
        <source>Re&amp;print…</source>
        <translation>Re&amp;print…</translation>
    </message>
    <message>
        <source>Print the receipt again; a reprint is marked SALINAN (Ctrl+P)</source>
        <translation>Print the receipt again; a reprint is marked SALINAN (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation>V&amp;oid…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>More than {count} found: type more to narrow the search.</source>
        <translation>More than {count} found: type more to narrow the search.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) found.</source>
        <translation>
            <numerusform>%Ln registration found.</numerusform>
            <numerusform>%Ln registrations found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a registration to see its details.</source>
        <translation>Choose a registration to see its details.</translation>
    </message>
    <message>
        <source>Receipt {receipt} is voided. It stays in the list and in the tally.</source>
        <translation>Receipt {receipt} is voided. It stays in the list and in the tally.</translation>
    </message>
</context>
<context>
    <name>ResendDialog</name>
    <message>
        <source>Write the USB file again for chosen receipts</source>
        <translation>Write the USB file again for chosen receipts</translation>
    </message>
    <message>
        <source>When the branch finds a stored record damaged, it asks this laptop for it again. Without a network, type or paste the receipt numbers the branch names: the file holds this laptop's own copies of those records, signed and encrypted for the branch, to import there.</source>
        <translation>When the branch finds a stored record damaged, it asks this laptop for it again. Without a network, type or paste the receipt numbers the branch names: the file holds this laptop's own copies of those records, signed and encrypted for the branch, to import there.</translation>
    </message>
    <message>
        <source>&amp;Receipt numbers (separated by spaces, commas or new lines)</source>
        <translation>&amp;Receipt numbers (separated by spaces, commas or new lines)</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation>Receipt numbers</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Write the file…</source>
        <translation>&amp;Write the file…</translation>
    </message>
    <message>
        <source>Type at least one receipt number first.</source>
        <translation>Type at least one receipt number first.</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mother's name</source>
        <translation>Mother's name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>Work location</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Declared income</source>
        <translation>Declared income</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <source>Contribution quoted</source>
        <translation>Contribution quoted</translation>
    </message>
    <message>
        <source>Cash paid</source>
        <translation>Cash paid</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>The branch already holds another version of this record.</source>
        <translation>The branch already holds another version of this record.</translation>
    </message>
    <message>
        <source>Another registration from the same laptop already holds this receipt number (the laptop was perhaps restored from an old backup). It cannot be accepted: reject it or ask for a correction, which gets a new number.</source>
        <translation>Another registration from the same laptop already holds this receipt number (the laptop was perhaps restored from an old backup). It cannot be accepted: reject it or ask for a correction, which gets a new number.</translation>
    </message>
    <message>
        <source>The officer's access had been revoked when this record was made.</source>
        <translation>The officer's access had been revoked when this record was made.</translation>
    </message>
    <message>
        <source>Rejected for another reason, written in the clerk's note.</source>
        <translation>Rejected for another reason, written in the clerk's note.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>{marker} marks the fields that differ: {names}.</source>
        <translation>{marker} marks the fields that differ: {names}.</translation>
    </message>
    <message>
        <source>{kind}: receipt {receipt}</source>
        <translation>{kind}: receipt {receipt}</translation>
    </message>
    <message>
        <source>Officer {officer} · device {device} · received {when}</source>
        <translation>Officer {officer} · device {device} · received {when}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>Already a participant: KPJ {kpj}, receipt {receipt}, officer {officer}.</source>
        <translation>Already a participant: KPJ {kpj}, receipt {receipt}, officer {officer}.</translation>
    </message>
    <message>
        <source>The registration that enrolled this worker (receipt {receipt}, officer {officer}) was voided. Accepting this record enrols them again with the same KPJ {kpj}.</source>
        <translation>The registration that enrolled this worker (receipt {receipt}, officer {officer}) was voided. Accepting this record enrols them again with the same KPJ {kpj}.</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>This record</translation>
    </message>
    <message>
        <source>Voided registration</source>
        <translation>Voided registration</translation>
    </message>
    <message>
        <source>Existing participant</source>
        <translation>Existing participant</translation>
    </message>
    <message>
        <source>Held by the branch</source>
        <translation>Held by the branch</translation>
    </message>
    <message>
        <source>Received again</source>
        <translation>Received again</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Kind of review item</source>
        <translation>Kind of review item</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Read the queue from the branch server again (F5)</source>
        <translation>Read the queue from the branch server again (F5)</translation>
    </message>
    <message>
        <source>Records waiting for review</source>
        <translation>Records waiting for review</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of the selected record</source>
        <translation>Details of the selected record</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Accept…</translation>
    </message>
    <message>
        <source>Accept the record; the branch gives it a KPJ number</source>
        <translation>Accept the record; the branch gives it a KPJ number</translation>
    </message>
    <message>
        <source>Confirm &amp;duplicate…</source>
        <translation>Confirm &amp;duplicate…</translation>
    </message>
    <message>
        <source>The worker is already a participant: keep the existing KPJ</source>
        <translation>The worker is already a participant: keep the existing KPJ</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Request &amp;correction…</source>
        <translation>Request &amp;correction…</translation>
    </message>
    <message>
        <source>Send the record back to the officer with a note</source>
        <translation>Send the record back to the officer with a note</translation>
    </message>
    <message>
        <source>Sequence gaps</source>
        <translation>Sequence gaps</translation>
    </message>
    <message>
        <source>Receipt numbers a laptop skipped: a batch may still be on its way.</source>
        <translation>Receipt numbers a laptop skipped: a batch may still be on its way.</translation>
    </message>
    <message>
        <source>Sequence gaps per device</source>
        <translation>Sequence gaps per device</translation>
    </message>
    <message>
        <source>Not offered: {decision}. Another registration of this laptop holds its receipt number.</source>
        <translation>Not offered: {decision}. Another registration of this laptop holds its receipt number.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rejections</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) waiting.</source>
        <translation>
            <numerusform>%Ln record waiting.</numerusform>
            <numerusform>%Ln records waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>{device}: number {sequence} missing</source>
        <translation>{device}: number {sequence} missing</translation>
    </message>
    <message>
        <source>noticed {when}</source>
        <translation>noticed {when}</translation>
    </message>
    <message>
        <source>No gaps: every laptop's numbers follow on.</source>
        <translation>No gaps: every laptop's numbers follow on.</translation>
    </message>
    <message>
        <source>Choose a record in the queue to see its details.</source>
        <translation>Choose a record in the queue to see its details.</translation>
    </message>
    <message>
        <source>{decision}: receipt {receipt} is now {state}.</source>
        <translation>{decision}: receipt {receipt} is now {state}.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a laptop</source>
        <translation>Revoke a laptop</translation>
    </message>
    <message>
        <source>The branch refuses it from its next sync; it can no longer issue receipts. This cannot be undone here: the laptop must be enrolled again.</source>
        <translation>The branch refuses it from its next sync; it can no longer issue receipts. This cannot be undone here: the laptop must be enrolled again.</translation>
    </message>
    <message>
        <source>&amp;Reason (required, without a NIK)</source>
        <translation>&amp;Reason (required, without a NIK)</translation>
    </message>
    <message>
        <source>e.g. stolen at the market on 17 March</source>
        <translation>e.g. stolen at the market on 17 March</translation>
    </message>
    <message>
        <source>Why the laptop is revoked</source>
        <translation>Why the laptop is revoked</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Revo&amp;ke</source>
        <translation>Revo&amp;ke</translation>
    </message>
    <message>
        <source>Revoke laptop {device}?</source>
        <translation>Revoke laptop {device}?</translation>
    </message>
    <message>
        <source>Write why the laptop is revoked.</source>
        <translation>Write why the laptop is revoked.</translation>
    </message>
    <message>
        <source>A reason must not contain a NIK.</source>
        <translation>A reason must not contain a NIK.</translation>
    </message>
</context>
<context>
    <name>StaffAddDialog</name>
    <message>
        <source>Add a member of staff</source>
        <translation>Add a member of staff</translation>
    </message>
    <message>
        <source>An officer signs in on a laptop after its next sync; a clerk or a supervisor signs in here at once. Tell them the password in person.</source>
        <translation>An officer signs in on a laptop after its next sync; a clerk or a supervisor signs in here at once. Tell them the password in person.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>letters a-z, digits or dots, e.g. dewi.a</source>
        <translation>letters a-z, digits or dots, e.g. dewi.a</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Repea&amp;t the password</source>
        <translation>Repea&amp;t the password</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Write the user name.</source>
        <translation>Write the user name.</translation>
    </message>
    <message>
        <source>Write the full name.</source>
        <translation>Write the full name.</translation>
    </message>
    <message>
        <source>Write a password.</source>
        <translation>Write a password.</translation>
    </message>
    <message>
        <source>The two passwords differ: type it again.</source>
        <translation>The two passwords differ: type it again.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Everyone who signs in at the branch: officers on their laptops, clerks and supervisors here. Add a new member of staff, revoke one who has left (laptops drop them at their next sync), or unlock a sign-in locked after wrong passwords.</source>
        <translation>Everyone who signs in at the branch: officers on their laptops, clerks and supervisors here. Add a new member of staff, revoke one who has left (laptops drop them at their next sync), or unlock a sign-in locked after wrong passwords.</translation>
    </message>
    <message>
        <source>Staff of the branch</source>
        <translation>Staff of the branch</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Add an officer, a clerk or a supervisor</source>
        <translation>Add an officer, a clerk or a supervisor</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation>Revo&amp;ke…</translation>
    </message>
    <message>
        <source>Revoke the chosen account: its sign-in is refused and its sessions end</source>
        <translation>Revoke the chosen account: its sign-in is refused and its sessions end</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Lift the sign-in lock of the chosen account after wrong passwords</source>
        <translation>Lift the sign-in lock of the chosen account after wrong passwords</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Read the list again (F5)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>{username} added as {role}.</source>
        <translation>{username} added as {role}.</translation>
    </message>
    <message>
        <source>Their laptop lists them after its next sync.</source>
        <translation>Their laptop lists them after its next sync.</translation>
    </message>
    <message>
        <source>{username} was already revoked.</source>
        <translation>{username} was already revoked.</translation>
    </message>
    <message>
        <source>{username} revoked: their sign-in is refused from now on.</source>
        <translation>{username} revoked: their sign-in is refused from now on.</translation>
    </message>
    <message>
        <source>{username} unlocked: they can sign in now.</source>
        <translation>{username} unlocked: they can sign in now.</translation>
    </message>
    <message>
        <source>{username} was not locked.</source>
        <translation>{username} was not locked.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln active</numerusform>
            <numerusform>%Ln active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln locked</source>
        <translation>
            <numerusform>%Ln locked</numerusform>
            <numerusform>%Ln locked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked</source>
        <translation>
            <numerusform>%Ln revoked</numerusform>
            <numerusform>%Ln revoked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffRevokeDialog</name>
    <message>
        <source>Revoke an account</source>
        <translation>Revoke an account</translation>
    </message>
    <message>
        <source>Their sign-in is refused from now on and their open sessions end; laptops drop them at their next sync. Adding the same user name again later gives it a new password.</source>
        <translation>Their sign-in is refused from now on and their open sessions end; laptops drop them at their next sync. Adding the same user name again later gives it a new password.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Revo&amp;ke</source>
        <translation>Revo&amp;ke</translation>
    </message>
    <message>
        <source>Revoke {name} ({username})?</source>
        <translation>Revoke {name} ({username})?</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with the branch</source>
        <translation>Sync with the branch</translation>
    </message>
    <message>
        <source>This laptop is not enrolled at a branch (it uses the demo profile), so it cannot sync. Enrol it with a one-time code from the branch administrator.</source>
        <translation>This laptop is not enrolled at a branch (it uses the demo profile), so it cannot sync. Enrol it with a one-time code from the branch administrator.</translation>
    </message>
    <message>
        <source>Enrol at the branch…</source>
        <translation>Enrol at the branch…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>Export to USB…</translation>
    </message>
    <message>
        <source>Write the USB file again for chosen &amp;receipts…</source>
        <translation>Write the USB file again for chosen &amp;receipts…</translation>
    </message>
    <message>
        <source>A file of this laptop's copies of the records the branch asks for again, by receipt number (Ctrl+R)</source>
        <translation>A file of this laptop's copies of the records the branch asks for again, by receipt number (Ctrl+R)</translation>
    </message>
    <message>
        <source>Results of the last sync</source>
        <translation>Results of the last sync</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Duplicate (already a participant)</source>
        <translation>Duplicate (already a participant)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Already received</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Still waiting</translation>
    </message>
    <message>
        <source>Needs attention (Enter or double-click to correct)</source>
        <translation>Needs attention (Enter or double-click to correct)</translation>
    </message>
    <message>
        <source>Syncing with the branch…</source>
        <translation>Syncing with the branch…</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>Export to USB</translation>
    </message>
    <message>
        <source>Writing the batch file…</source>
        <translation>Writing the batch file…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) waiting to sync. Last sync: {last}.</source>
        <translation>
            <numerusform>%Ln registration waiting to sync. Last sync: {last}.</numerusform>
            <numerusform>%Ln registrations waiting to sync. Last sync: {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: the branch holds another version of this record</source>
        <translation>conflict: the branch holds another version of this record</translation>
    </message>
    <message>
        <source>Reading the branch connection…</source>
        <translation>Reading the branch connection…</translation>
    </message>
    <message>
        <source>Branch server: {url}</source>
        <translation>Branch server: {url}</translation>
    </message>
    <message>
        <source>Branch server: not enrolled</source>
        <translation>Branch server: not enrolled</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Clerk's note: {note}</source>
        <translation>Clerk's note: {note}</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>Batch files (*.bpu)</source>
        <translation>Batch files (*.bpu)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) wait for a clerk's review at the branch.</source>
        <translation>
            <numerusform>%Ln record wait for a clerk's review at the branch.</numerusform>
            <numerusform>%Ln records wait for a clerk's review at the branch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The branch could not be reached; %Ln record(s) still waiting.</source>
        <translation>
            <numerusform>The branch could not be reached; %Ln record still waiting.</numerusform>
            <numerusform>The branch could not be reached; %Ln records still waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decision(s) of the branch clerk received.</source>
        <translation>
            <numerusform>%Ln decision of the branch clerk received.</numerusform>
            <numerusform>%Ln decisions of the branch clerk received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) of receipt(s) {receipts} written to {file}. Take the file to the branch to import it there.</source>
        <translation>
            <numerusform>%Ln registration of receipt {receipts} written to {file}. Take the file to the branch to import it there.</numerusform>
            <numerusform>%Ln registrations of receipts {receipts} written to {file}. Take the file to the branch to import it there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) written in {parts} files, as one file holds at most {limit}: {files}. Take every file to the branch.</source>
        <translation>
            <numerusform>%Ln registration written in {parts} files, as one file holds at most {limit}: {files}. Take every file to the branch.</numerusform>
            <numerusform>%Ln registrations written in {parts} files, as one file holds at most {limit}: {files}. Take every file to the branch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) written to {file}.</source>
        <translation>
            <numerusform>%Ln registration written to {file}.</numerusform>
            <numerusform>%Ln registrations written to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt at {when}.</source>
        <translation>Last attempt at {when}.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sync finished.</translation>
    </message>
    <message>
        <source>The branch refused the sync: {reason} (code {code})</source>
        <translation>The branch refused the sync: {reason} (code {code})</translation>
    </message>
    <message>
        <source>This laptop is not enrolled at a branch (code NOT_ENROLLED).</source>
        <translation>This laptop is not enrolled at a branch (code NOT_ENROLLED).</translation>
    </message>
    <message>
        <source>The file could not be written ({name}).</source>
        <translation>The file could not be written ({name}).</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Nothing was lost; try again.</source>
        <translation>Something went wrong ({name}). Nothing was lost; try again.</translation>
    </message>
    <message>
        <source>Nothing to export: every registration has reached the branch.</source>
        <translation>Nothing to export: every registration has reached the branch.</translation>
    </message>
    <message>
        <source>Automatic sync: the branch was not reachable at {when}.</source>
        <translation>Automatic sync: the branch was not reachable at {when}.</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Registrations (not voided)</source>
        <translation>Registrations (not voided)</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>By programme set</source>
        <translation>By programme set</translation>
    </message>
    <message>
        <source>By occupation group</source>
        <translation>By occupation group</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>By sector</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Other sectors</source>
        <translation>Other sectors</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>By gender</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Contributions quoted</source>
        <translation>Contributions quoted</translation>
    </message>
    <message>
        <source>Cash collected</source>
        <translation>Cash collected</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>First receipt number</source>
        <translation>First receipt number</translation>
    </message>
    <message>
        <source>Last receipt number</source>
        <translation>Last receipt number</translation>
    </message>
    <message>
        <source>Voided receipts</source>
        <translation>Voided receipts</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Records (voided included)</source>
        <translation>Records (voided included)</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>The whole row (only one side has it)</source>
        <translation>The whole row (only one side has it)</translation>
    </message>
    <message>
        <source>no work location</source>
        <translation>no work location</translation>
    </message>
    <message>
        <source>+ {count} more</source>
        <translation>+ {count} more</translation>
    </message>
</context>
<context>
    <name>TallyPage</name>
    <message>
        <source>Daily tally</source>
        <translation>Daily tally</translation>
    </message>
    <message>
        <source>The daily tally (Rekap Harian) of this laptop for one day, cut at the branch's local midnight. Print it, sign it and hand it in with the cash; the tally fingerprint at the foot lets the branch match it.</source>
        <translation>The daily tally (Rekap Harian) of this laptop for one day, cut at the branch's local midnight. Print it, sign it and hand it in with the cash; the tally fingerprint at the foot lets the branch match it.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date of the tally</source>
        <translation>Date of the tally</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>T&amp;oday</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Save the tally as a PDF file (Ctrl+S)</source>
        <translation>Save the tally as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the tally (Ctrl+P)</source>
        <translation>Print the tally (Ctrl+P)</translation>
    </message>
    <message>
        <source>Figures of the day per officer and work location</source>
        <translation>Figures of the day per officer and work location</translation>
    </message>
    <message>
        <source>Registrations by occupation group</source>
        <translation>Registrations by occupation group</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Print the daily tally</source>
        <translation>Print the daily tally</translation>
    </message>
    <message>
        <source>Save the daily tally</source>
        <translation>Save the daily tally</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Preparing the print preview…</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>No registrations on {day}. The tally of this day is empty; you can still print it and sign it as a nil return.</source>
        <translation>No registrations on {day}. The tally of this day is empty; you can still print it and sign it as a nil return.</translation>
    </message>
    <message>
        <source>No registrations</source>
        <translation>No registrations</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %Ln registration(s)</source>
        <translation>
            <numerusform>{day}: %Ln registration</numerusform>
            <numerusform>{day}: %Ln registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln voided</source>
        <translation>
            <numerusform>%Ln voided</numerusform>
            <numerusform>%Ln voided</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily tally, {day}</source>
        <translation>Daily tally, {day}</translation>
    </message>
    <message numerus="yes">
        <source>The tally of {day} went to the printer {printer} (%Ln page(s)).</source>
        <translation>
            <numerusform>The tally of {day} went to the printer {printer} (%Ln page).</numerusform>
            <numerusform>The tally of {day} went to the printer {printer} (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>quoted {quoted}, cash collected {cash}</source>
        <translation>quoted {quoted}, cash collected {cash}</translation>
    </message>
    <message>
        <source>Tally fingerprint (printed at the foot): {hash}</source>
        <translation>Tally fingerprint (printed at the foot): {hash}</translation>
    </message>
    <message>
        <source>receipts {first} to {last}</source>
        <translation>receipts {first} to {last}</translation>
    </message>
    <message>
        <source>The tally of {day} is saved as {path}.</source>
        <translation>The tally of {day} is saved as {path}.</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <source>Import and export</source>
        <translation>Import and export</translation>
    </message>
    <message>
        <source>Import a USB batch file</source>
        <translation>Import a USB batch file</translation>
    </message>
    <message>
        <source>Choose the batch file an officer exported from a laptop. A dry run shows what the import would do; nothing is written until you press Import.</source>
        <translation>Choose the batch file an officer exported from a laptop. A dry run shows what the import would do; nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>Batch file</source>
        <translation>Batch file</translation>
    </message>
    <message>
        <source>Chosen batch file</source>
        <translation>Chosen batch file</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Export for the national core system</source>
        <translation>Export for the national core system</translation>
    </message>
    <message>
        <source>What changed since the last export (new participants, corrections and voids), by the branch's decision time, as CSV and JSON with a manifest of SHA-256 checksums. Each export is new and never overwrites an earlier one. The files hold NIKs: keep them on the branch's protected drive.</source>
        <translation>What changed since the last export (new participants, corrections and voids), by the branch's decision time, as CSV and JSON with a manifest of SHA-256 checksums. Each export is new and never overwrites an earlier one. The files hold NIKs: keep them on the branch's protected drive.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <source>Every&amp;thing (the full picture, every row "new")</source>
        <translation>Every&amp;thing (the full picture, every row "new")</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Exported files and checksums</source>
        <translation>Exported files and checksums</translation>
    </message>
    <message>
        <source>Earlier exports</source>
        <translation>Earlier exports</translation>
    </message>
    <message>
        <source>&amp;Download again…</source>
        <translation>&amp;Download again…</translation>
    </message>
    <message>
        <source>The chosen export's files again, as the branch keeps them for 7 days (for a download that was cut)</source>
        <translation>The chosen export's files again, as the branch keeps them for 7 days (for a download that was cut)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>already received</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>waiting for review</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>Manifest SHA-256</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>everything</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>changes</translation>
    </message>
    <message>
        <source>Checking the batch file (dry run)…</source>
        <translation>Checking the batch file (dry run)…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Downloading {export} again…</source>
        <translation>Downloading {export} again…</translation>
    </message>
    <message>
        <source>This laptop was revoked: its new records wait in the review queue for a clerk.</source>
        <translation>This laptop was revoked: its new records wait in the review queue for a clerk.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: batch {batch} from device {device}, %Ln record(s).</source>
        <translation>
            <numerusform>Dry run: batch {batch} from device {device}, %Ln record.</numerusform>
            <numerusform>Dry run: batch {batch} from device {device}, %Ln records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export {export}: %Ln row(s) (new {new}, changed {update}, void {void}) in {folder}.</source>
        <translation>
            <numerusform>Export {export}: %Ln row (new {new}, changed {update}, void {void}) in {folder}.</numerusform>
            <numerusform>Export {export}: %Ln rows (new {new}, changed {update}, void {void}) in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No export has been made yet. Export writes what the branch decided since the last export into the chosen folder; its files and their SHA-256 checksums are listed here.</source>
        <translation>No export has been made yet. Export writes what the branch decided since the last export into the chosen folder; its files and their SHA-256 checksums are listed here.</translation>
    </message>
    <message>
        <source>The last export, {export}, was made {when} by {who}. The files of the next export and their SHA-256 checksums are listed here.</source>
        <translation>The last export, {export}, was made {when} by {who}. The files of the next export and their SHA-256 checksums are listed here.</translation>
    </message>
    <message>
        <source>Imported: {counts}</source>
        <translation>Imported: {counts}</translation>
    </message>
    <message>
        <source>Batch files (*.bpu *.bpub);;All files (*)</source>
        <translation>Batch files (*.bpu *.bpub);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>The branch runs out of KPJ numbers during this import: %Ln record(s) will get a KPJ, the other {waiting} will wait in the review queue for a clerk. Ask the administrator for more KPJ numbers before importing.</source>
        <translation>
            <numerusform>The branch runs out of KPJ numbers during this import: %Ln record will get a KPJ, the other {waiting} will wait in the review queue for a clerk. Ask the administrator for more KPJ numbers before importing.</numerusform>
            <numerusform>The branch runs out of KPJ numbers during this import: %Ln records will get a KPJ, the other {waiting} will wait in the review queue for a clerk. Ask the administrator for more KPJ numbers before importing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The branch ran out of KPJ numbers during this import: %Ln record(s) got a KPJ, the other {waiting} wait in the review queue for a clerk. Ask the administrator.</source>
        <translation>
            <numerusform>The branch ran out of KPJ numbers during this import: %Ln record got a KPJ, the other {waiting} wait in the review queue for a clerk. Ask the administrator.</numerusform>
            <numerusform>The branch ran out of KPJ numbers during this import: %Ln records got a KPJ, the other {waiting} wait in the review queue for a clerk. Ask the administrator.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the export is in the list below, choose it and download it again.</source>
        <translation>If the export is in the list below, choose it and download it again.</translation>
    </message>
    <message>
        <source>Every checksum matches the manifest.</source>
        <translation>Every checksum matches the manifest.</translation>
    </message>
    <message>
        <source>A checksum does NOT match the manifest: export again.</source>
        <translation>A checksum does NOT match the manifest: export again.</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>matches</translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <translation>DOES NOT MATCH</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void a registration</source>
        <translation>Void a registration</translation>
    </message>
    <message>
        <source>A voided receipt is kept and counted in the daily tally; it is never deleted. Say why it is voided.</source>
        <translation>A voided receipt is kept and counted in the daily tally; it is never deleted. Say why it is voided.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>&amp;Keep the receipt valid</source>
        <translation>&amp;Keep the receipt valid</translation>
    </message>
    <message>
        <source>&amp;Void the receipt</source>
        <translation>&amp;Void the receipt</translation>
    </message>
    <message>
        <source>Receipt {receipt}: {name}, NIK {nik}</source>
        <translation>Receipt {receipt}: {name}, NIK {nik}</translation>
    </message>
    <message>
        <source>Type the reason first.</source>
        <translation>Type the reason first.</translation>
    </message>
</context>
<context>
    <name>WorkspaceContext</name>
    <message>
        <source>Branch server</source>
        <translation>Branch server</translation>
    </message>
    <message>
        <source>{message} (code {code})</source>
        <translation>{message} (code {code})</translation>
    </message>
</context>
<context>
    <name>WorkspaceTables</name>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>USB file</source>
        <translation>USB file</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Already received</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>WorkspaceWindow</name>
    <message>
        <source>BPU Enroll: branch workspace</source>
        <translation>BPU Enroll: branch workspace</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Connection to the branch server</source>
        <translation>Connection to the branch server</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Retry &amp;now</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;High contrast (sunlight)</source>
        <translation>&amp;High contrast (sunlight)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Import and export</translation>
    </message>
    <message>
        <source>Check a receipt</source>
        <translation>Check a receipt</translation>
    </message>
    <message>
        <source>Branch tally</source>
        <translation>Branch tally</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <source>Officers' activity</source>
        <translation>Officers' activity</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Online · last contact {when}</source>
        <translation>Online · last contact {when}</translation>
    </message>
    <message>
        <source>Offline · last contact {when}</source>
        <translation>Offline · last contact {when}</translation>
    </message>
    <message>
        <source>Branch: {branch}</source>
        <translation>Branch: {branch}</translation>
    </message>
    <message>
        <source>TLS server {address}</source>
        <translation>TLS server {address}</translation>
    </message>
    <message>
        <source>server {address}</source>
        <translation>server {address}</translation>
    </message>
    <message>
        <source>server {server}</source>
        <translation>server {server}</translation>
    </message>
    <message>
        <source>User: {user} ({role})</source>
        <translation>User: {user} ({role})</translation>
    </message>
    <message>
        <source>{role}: {user}</source>
        <comment>status bar: the signed-in user's role and user name</comment>
        <translation>{role}: {user}</translation>
    </message>
    <message>
        <source>Branch server unreachable — retrying in {seconds} s. What is shown may be out of date.</source>
        <translation>Branch server unreachable — retrying in {seconds} s. What is shown may be out of date.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>WorkstationDialog</name>
    <message>
        <source>Set up a branch workstation</source>
        <translation>Set up a branch workstation</translation>
    </message>
    <message>
        <source>Clerks and supervisors work on this computer online, against the branch server. Ask the branch administrator for the server address and its certificate fingerprint (sha256:…). No participant data is kept on this computer.</source>
        <translation>Clerks and supervisors work on this computer online, against the branch server. Ask the branch administrator for the server address and its certificate fingerprint (sha256:…). No participant data is kept on this computer.</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>Certificate &amp;fingerprint</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Connection message</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>Canc&amp;el</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <source>Connecting to the branch server…</source>
        <translation>Connecting to the branch server…</translation>
    </message>
    <message>
        <source>Connecting failed unexpectedly.</source>
        <translation>Connecting failed unexpectedly.</translation>
    </message>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (code {code})</translation>
    </message>
</context>
</TS>
