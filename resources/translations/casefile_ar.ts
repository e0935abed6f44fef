<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Actions</name>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Encrypted Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole archive as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archival &amp;Bag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Casefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Casefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casefile %1&lt;/h3&gt;&lt;p&gt;Offline case files of events and the sources that back them, with printed briefing reports.&lt;/p&gt;&lt;p&gt;Casefile never connects to the network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <source>Protected person: reports print “%1” instead of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected person: set a pseudonym (e.g. “Witness A”) for reports to print instead of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name in original script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Новая газета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected person: never print the real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Witness A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveFiles</name>
    <message>
        <source>Casefile archives (*.casefile);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Casefile archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive needs a newer Casefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reports damage in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Restore it from a backup before editing further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive is damaged; it was opened read-only and will not be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the Newest Good Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Restore it from a backup, or export what still reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Restore it from a backup (casefile restore), or export what still reads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to attach them. Each file’s SHA-256 is kept as proof of what was captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not attach: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this file is; change it if the guess from its type is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change attachment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file that may run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an unencrypted copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ▸ Backups… needs an open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;%1&lt;/b&gt;, newest first. Casefile takes one when the archive opens (if the last is over 30 minutes old), when it closes, and before migrations, imports, merges and encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet: Back Up Now takes the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 by the backup of %2 (%3)?

Changes made since then will not be in the archive. The current file is not deleted: it is kept next to the archive, and a backup of it is taken as it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore: %1. The archive was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1. The file it replaced was kept next to the archive as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of %1 (%2) as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casefile archives (*.casefile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the archive itself; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BagExport</name>
    <message>
        <source>Writing the archival bag %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the archival bag %1: %2 and %3, each with its SHA-256 and SHA-512 checksums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the archival bag as a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archival bag written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bag was not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundDateField</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitationDialog</name>
    <message>
        <source>Edit citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sources: title, outlet, words in the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a source with the title typed above and cite it (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCP 47, e.g. en, ru, ce-Cyrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the translation&apos;s language, e.g. en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent of the event’s other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote may be printed in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: a new source, “%1” (made when you save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the source this citation comes from, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitationsSection</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add citation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citations yet: which sources back this event?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability %1, credibility %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit citation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Merge Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the merge brought in that may be ones this archive already has. “The same” keeps the first and moves everything that refers to the second to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here blocks work: until you choose, each record keeps the value it has here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” and “%3” — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ours for every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs for every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete as there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here, changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here, deleted there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a %1 not in this archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not combined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsNote</name>
    <message>
        <source>Settle what the last merges could not: open the merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors (roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row names the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and actors &amp;separated by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guess again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and &amp;import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read as %2. Choose what each column holds; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these are the choices made last time for these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obvious column names are guessed, the rest ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column has no name in the file, so it cannot be mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How dates read: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 all fill %2; a field takes one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds each event&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cannot be imported (listed below). Skip them and import the other %3, change the mapping, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 2017-04-01, April 2017, c. 2017, 1–3 April 2017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest %1 · latest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an event, source, actor or place to see and edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event was deleted. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source was deleted. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This actor was deleted. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This place was deleted. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This actor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This place no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has no form here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogBase</name>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Cite a source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Encrypted archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New encrypted archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for %1. Without it nobody — you included — can open the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of %1 to write it back as a plain, unencrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kept copy is NOT encrypted: remove it once you no longer need it (SSDs may keep old blocks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it once you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The original is kept as
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>No sources cited yet: add a citation to back this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No independent source graded A–C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakest grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicted by a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent sources graded A–C (Admiralty reliability) that support the event, and the weakest grade among supporting citations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a place; a new name creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed: the accounts conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: leave out of redacted reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDTF: %1
Earliest day: %2
Latest day: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; some of its facts are disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · disputed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Number of sources cited (this column cannot be sorted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldBase</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved (your text is kept): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Edit figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 44,700</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: same as minimum, or open for “at least”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. signatures, people detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not linked to a citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number reported (a minimum, a maximum or both).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresSection</name>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures (counts such as “44,700 signatures”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest day, written as in the date field: 2017-04-20, May 2017, c. 2017, after 2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest day, written as in the date field: 2017-05-31, May 2017, c. 2017, before 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events at this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events with this verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“To” (%1) is before “From” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormBase</name>
    <message>
        <source>Created %1 · updated %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameRenderer</name>
    <message>
        <source>No dated events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvolvementDialog</name>
    <message>
        <source>Edit actor role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name: existing actors are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New actor, kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an actor or type a new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvolvementsSection</name>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actors yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Protected: reports print a pseudonym instead of the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Confirmed: established by reliable, independent sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely: credible sources support it; not yet confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible: some support, but weak or single-sourced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely: the weight of the sources is against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: not yet assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precedes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caused by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedEvents</name>
    <message>
        <source>%1 no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an event to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedTable</name>
    <message>
        <source>Open source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search; words match by their beginning, in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dropped item could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot create archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Casefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1. Nothing can be changed in this archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Casefile archives (*.casefile);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeOps</name>
    <message>
        <source>Resolve conflict in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamedTable</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>Open this %1 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter creates a new %1: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Грозный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 code, e.g. RU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 43.3178</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 45.6949</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge removes {what} and everything that depends on it from the archive for good: from its tables, its search index and the change log&apos;s copies of the values (the log keeps only digests and a note that a purge happened). {backups}

This cannot be undone, and the undo history is cleared.

Disks, SSDs above all, may keep old blocks of the file where no program can reach them; encrypting the archive is the real protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive has no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its one backup is rewritten without it too (a purge that left copies would be no purge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Only Confirmed Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Likely Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Possible Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Unlikely Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Events of Unknown Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Events at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Events of Type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordMenu</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Edit relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relate to another event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events by title, place, actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the other event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationsSection</name>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not related to other events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relate events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit relation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex: actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex: sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex: integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief (2–4 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier (everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: no name on the cover or in the PDF&apos;s properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another place to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists in %2.

Replace it with this report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved as
%1

Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to open PDF files was found on this computer.

The report is saved as
%1

Install a PDF viewer to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeFields</name>
    <message>
        <source>Standard — sensitive records left out, protected people pseudonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict — also places coarsened, analyst notes never printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — everything printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from, e.g. 2017-04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to, e.g. 2017-06</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any tag; several separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include analyst notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the private notes of events, sources and involvements. Off by default: notes often name people or plans. The Strict profile never prints them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction</source>
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
</context>
<context>
    <name>SourceDrop</name>
    <message>
        <source>New source from a drop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translated title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an outlet; a new name creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCP 47, e.g. en, ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a Wayback Machine copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrieval time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2017-05-02 or 2017-05-02T14:30Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive, shelf mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content and handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: leave out of redacted reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h1&gt;Casefile&lt;/h1&gt;&lt;p&gt;Events, the sources that back them, and briefing reports — offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open demo archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2017 campaigns against the purge of gay men in Chechnya, from a news report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent archives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusFeedback</name>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagFilter</name>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events with this tag (Enter adds it; choose several to match all or any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events with every chosen tag, or with any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop filtering by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Export TimelineJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeline is made to be published: private notes are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save timeline as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in an existing folder to save the timeline to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists in %2.

Replace it with this timeline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>TimelineJS JSON (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet template (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every event (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casefile JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vicinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social media post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timecode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full page capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervening party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evacuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visa granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-media post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actor “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s) graded A–C</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) here; click to list them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more: zoom in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were withheld by the redaction profile.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>erased the values of %n change-log entry(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rewrote %n backup(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n source(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n actor(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n place(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cite %n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New source(s) from a drop: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot move by %n day(s): edit the date in the form</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) may fall on %1; click to zoom in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used by %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merge conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n of its backups are rewritten without it too (a purge that left copies would be no purge).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
