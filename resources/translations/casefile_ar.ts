<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Actions</name>
    <message>
        <source>New event</source>
        <translation>حدث جديد</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>فاعل جديد</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>مكان جديد</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New Archive…</source>
        <translation>أرشيف &amp;جديد…</translation>
    </message>
    <message>
        <source>New &amp;Encrypted Archive…</source>
        <translation>أرشيف م&amp;شفّر جديد…</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>&amp;فتح أرشيف…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>الاتصال بخاد&amp;م…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>الأرشيفات ال&amp;حديثة</translation>
    </message>
    <message>
        <source>Open &amp;Demo Archive</source>
        <translation>فتح الأرشيف ال&amp;تجريبي</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Import Archival &amp;Bag Folder…</source>
        <translation>استيراد مجلد حزمة أ&amp;رشيفية…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>Events as &amp;CSV…</source>
        <translation>الأحداث بصيغة &amp;CSV…</translation>
    </message>
    <message>
        <source>Whole archive as &amp;JSON…</source>
        <translation>الأرشيف كاملًا بصيغة &amp;JSON…</translation>
    </message>
    <message>
        <source>Archival &amp;Bag…</source>
        <translation>&amp;حزمة أرشيفية (BagIt)…</translation>
    </message>
    <message>
        <source>&amp;Merge Archive…</source>
        <translation>&amp;دمج أرشيف…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>تصدير ت&amp;قرير…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ال&amp;نسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>Encrypt Archive…</source>
        <translation>تشفير الأرشيف…</translation>
    </message>
    <message>
        <source>Decrypt Archive…</source>
        <translation>فك تشفير الأرشيف…</translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>&amp;Close Archive</source>
        <translation>إ&amp;غلاق الأرشيف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>New &amp;Event</source>
        <translation>&amp;حدث جديد</translation>
    </message>
    <message>
        <source>New &amp;Source</source>
        <translation>م&amp;صدر جديد</translation>
    </message>
    <message>
        <source>New &amp;Actor</source>
        <translation>فاعل &amp;جديد</translation>
    </message>
    <message>
        <source>New &amp;Place</source>
        <translation>م&amp;كان جديد</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>P&amp;urge…</source>
        <translation>م&amp;حو نهائي…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ب&amp;حث</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>ال&amp;قائمة</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>الخط ال&amp;زمني</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;ملاءمة الخط الزمني</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>دليل ال&amp;مستخدم</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Casefile</source>
        <translation>&amp;حول Casefile</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>لم يتم التراجع</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>ترا&amp;جع: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة: %1</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>لا أرشيفات حديثة</translation>
    </message>
    <message>
        <source>About Casefile</source>
        <translation>حول Casefile</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casefile %1&lt;/h3&gt;&lt;p&gt;Offline case files of events and the sources that back them, with printed briefing reports.&lt;/p&gt;&lt;p&gt;Casefile never connects to the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casefile %1&lt;/h3&gt;&lt;p&gt;ملفات قضايا للأحداث والمصادر التي تدعمها، دون اتصال بالإنترنت، مع تقارير موجزة مطبوعة.&lt;/p&gt;&lt;p&gt;لا يتصل Casefile بالشبكة أبدًا.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <source>Protected person: reports print “%1” instead of the name.</source>
        <translation>شخص محمي: تطبع التقارير «%1» بدل الاسم.</translation>
    </message>
    <message>
        <source>Protected person: set a pseudonym (e.g. “Witness A”) for reports to print instead of the name.</source>
        <translation>شخص محمي: حدّد اسمًا مستعارًا (مثل «الشاهد أ») تطبعه التقارير بدل الاسم.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Original script</source>
        <translation>الكتابة الأصلية</translation>
    </message>
    <message>
        <source>name in original script</source>
        <translation>الاسم بالكتابة الأصلية</translation>
    </message>
    <message>
        <source>e.g. Новая газета</source>
        <translation>مثل Новая газета</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>separate with ;</source>
        <translation>افصل بـ ;</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source>Protected person: never print the real name</source>
        <translation>شخص محمي: لا يُطبع الاسم الحقيقي أبدًا</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>e.g. Witness A</source>
        <translation>مثل: الشاهد أ</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>يرد في:</translation>
    </message>
</context>
<context>
    <name>ArchiveFiles</name>
    <message>
        <source>Casefile archives (*.casefile);;All files (*)</source>
        <translation>أرشيفات Casefile (*.casefile);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>This file is not a Casefile archive</source>
        <translation>هذا الملف ليس أرشيف Casefile</translation>
    </message>
    <message>
        <source>This archive is damaged</source>
        <translation>هذا الأرشيف تالف</translation>
    </message>
    <message>
        <source>This archive needs a newer Casefile</source>
        <translation>يحتاج هذا الأرشيف إلى إصدار أحدث من Casefile</translation>
    </message>
    <message>
        <source>This archive is already open</source>
        <translation>هذا الأرشيف مفتوح بالفعل</translation>
    </message>
    <message>
        <source>This is a folder, not an archive</source>
        <translation>هذا مجلد وليس أرشيفًا</translation>
    </message>
    <message>
        <source>This archive does not exist</source>
        <translation>هذا الأرشيف غير موجود</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>أرشيف جديد</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>فتح أرشيف</translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation>تعذّر فتح الأرشيف</translation>
    </message>
    <message>
        <source>%1

The file was not changed.</source>
        <translation>%1

لم يتغيّر الملف.</translation>
    </message>
    <message>
        <source>SQLite reports damage in %1:</source>
        <translation>يبلّغ SQLite عن تلف في %1:</translation>
    </message>
    <message>
        <source>

Restore it from a backup before editing further.</source>
        <translation>

استعد الأرشيف من نسخة احتياطية قبل متابعة التحرير.</translation>
    </message>
    <message>
        <source>This archive is damaged; it was opened read-only and will not be written to.</source>
        <translation>هذا الأرشيف تالف؛ فُتح للقراءة فقط ولن يُكتب فيه شيء.</translation>
    </message>
    <message>
        <source>Restore the Newest Good Backup…</source>
        <translation>استعادة أحدث نسخة احتياطية سليمة…</translation>
    </message>
    <message>
        <source>%1

Restore it from a backup, or export what still reads.</source>
        <translation>%1

استعد الأرشيف من نسخة احتياطية، أو صدّر ما زال مقروءًا منه.</translation>
    </message>
    <message>
        <source>%1

Restore it from a backup (casefile restore), or export what still reads.</source>
        <translation>%1

استعد الأرشيف من نسخة احتياطية (casefile restore)، أو صدّر ما زال مقروءًا منه.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>إضافة ملف…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Each file’s SHA-256 is kept as proof of what was captured.</source>
        <translation>أفلت الملفات هنا لإرفاقها. تُحفظ بصمة SHA-256 لكل ملف دليلًا على ما التُقط.</translation>
    </message>
    <message>
        <source>Could not attach: %1</source>
        <translation>تعذّر الإرفاق: %1</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>تعذّر فتح الملف: %1</translation>
    </message>
    <message>
        <source>Could not save the copy: %1</source>
        <translation>تعذّر حفظ النسخة: %1</translation>
    </message>
    <message>
        <source>What this file is; change it if the guess from its type is wrong</source>
        <translation>ما هذا الملف؛ غيّره إن كان التخمين من نوعه خاطئًا</translation>
    </message>
    <message>
        <source>Change attachment kind</source>
        <translation>تغيير نوع المرفق</translation>
    </message>
    <message>
        <source>Open a file that may run?</source>
        <translation>فتح ملف قد يُشغَّل؟</translation>
    </message>
    <message>
        <source>“%1” may be a program: %2.

Opening it can run it on this computer, and a program can damage your files or send what is on this computer elsewhere. Open it only if you trust where it came from; Save a copy… keeps it without running it.</source>
        <translation>قد يكون «%1» برنامجًا: %2.

قد يؤدي فتحه إلى تشغيله على هذا الحاسوب، والبرنامج قد يتلف ملفاتك أو يرسل ما على الحاسوب إلى جهة أخرى. لا تفتحه إلا إذا كنت تثق بمصدره؛ «حفظ نسخة…» يحفظه دون تشغيله.</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>فتح على أي حال</translation>
    </message>
    <message>
        <source>Write an unencrypted copy?</source>
        <translation>كتابة نسخة غير مشفّرة؟</translation>
    </message>
    <message>
        <source>This archive is encrypted, but opening “%1” puts an unencrypted copy on the disk: %2.

It is deleted when the archive closes, but the disk may keep its blocks.</source>
        <translation>هذا الأرشيف مشفّر، لكن فتح «%1» يضع نسخة غير مشفّرة على القرص: %2.

تُحذف عند إغلاق الأرشيف، لكن القرص قد يحتفظ بكتلها.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Taken</source>
        <translation>وقت الأخذ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>on open</source>
        <translation>عند الفتح</translation>
    </message>
    <message>
        <source>on close</source>
        <translation>عند الإغلاق</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>يدويًا</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <source>before migration from schema %1</source>
        <translation>قبل الترحيل من المخطط %1</translation>
    </message>
    <message>
        <source>before merging %1</source>
        <translation>قبل الدمج مع %1</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>بايت</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>ك.ب</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>م.ب</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ج.ب</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>File ▸ Backups… needs an open archive</source>
        <translation>يحتاج «ملف ◂ النسخ الاحتياطية…» إلى أرشيف مفتوح</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;%1&lt;/b&gt;, newest first. Casefile takes one when the archive opens (if the last is over 30 minutes old), when it closes, and before migrations, imports, merges and encryption.</source>
        <translation>النسخ الاحتياطية لـ&lt;b&gt;%1&lt;/b&gt;، الأحدث أولًا. يأخذ Casefile نسخة عند فتح الأرشيف (إذا مضى على آخر نسخة أكثر من 30 دقيقة)، وعند إغلاقه، وقبل الترحيل والاستيراد والدمج والتشفير.</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>محفوظة في %1</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>No backups yet: Back Up Now takes the first.</source>
        <translation>لا نسخ احتياطية بعد: «نسخ احتياطي الآن» يأخذ أولاها.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Backed up (%1, %2).</source>
        <translation>تم النسخ الاحتياطي (%1، %2).</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي: %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>استعادة هذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>Replace %1 by the backup of %2 (%3)?

Changes made since then will not be in the archive. The current file is not deleted: it is kept next to the archive, and a backup of it is taken as it closes.</source>
        <translation>استبدال %1 بالنسخة الاحتياطية المأخوذة في %2 (%3)؟

لن تكون التغييرات التي جرت منذ ذلك الحين في الأرشيف. لا يُحذف الملف الحالي: يُحفظ بجوار الأرشيف، وتؤخذ منه نسخة احتياطية عند إغلاقه.</translation>
    </message>
    <message>
        <source>Could not restore: %1. The archive was not changed.</source>
        <translation>تعذّرت الاستعادة: %1. لم يتغيّر الأرشيف.</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The file it replaced was kept next to the archive as %2.</source>
        <translation>استُعيدت النسخة الاحتياطية المأخوذة في %1. حُفظ الملف الذي استُبدل بجوار الأرشيف باسم %2.</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>جارٍ حفظ نسخة باسم %1…</translation>
    </message>
    <message>
        <source>Saved a copy of %1 (%2) as %3.</source>
        <translation>حُفظت نسخة من %1 (%2) باسم %3.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Casefile archives (*.casefile)</source>
        <translation>أرشيفات Casefile (*.casefile)</translation>
    </message>
    <message>
        <source>A copy cannot replace the archive itself; choose another name.</source>
        <translation>لا يمكن أن تحل النسخة محل الأرشيف نفسه؛ اختر اسمًا آخر.</translation>
    </message>
</context>
<context>
    <name>BagExport</name>
    <message>
        <source>Writing the archival bag %1…</source>
        <translation>جارٍ كتابة الحزمة الأرشيفية %1…</translation>
    </message>
    <message>
        <source>Wrote the archival bag %1: %2 and %3, each with its SHA-256 and SHA-512 checksums.</source>
        <translation>كُتبت الحزمة الأرشيفية %1: %2 و%3، لكلٍّ منها مجموعا التحقق SHA-256 وSHA-512.</translation>
    </message>
    <message>
        <source>Save the archival bag as a new folder</source>
        <translation>حفظ الحزمة الأرشيفية في مجلد جديد</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>مجلد (*)</translation>
    </message>
    <message>
        <source>Archival bag written</source>
        <translation>كُتبت الحزمة الأرشيفية</translation>
    </message>
    <message>
        <source>The bag was not written</source>
        <translation>لم تُكتب الحزمة</translation>
    </message>
</context>
<context>
    <name>BoundDateField</name>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>CitationDialog</name>
    <message>
        <source>Edit citation</source>
        <translation>تحرير الاستشهاد</translation>
    </message>
    <message>
        <source>Add citation</source>
        <translation>إضافة استشهاد</translation>
    </message>
    <message>
        <source>Search sources: title, outlet, words in the text…</source>
        <translation>ابحث في المصادر: العنوان، الوسيلة، كلمات من النص…</translation>
    </message>
    <message>
        <source>No source chosen yet.</source>
        <translation>لم يُختر مصدر بعد.</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>مصدر جديد…</translation>
    </message>
    <message>
        <source>Make a source with the title typed above and cite it (one undo step)</source>
        <translation>أنشئ مصدرًا بالعنوان المكتوب أعلاه واستشهد به (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>موضع الاقتباس</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Quote language</source>
        <translation>لغة الاقتباس</translation>
    </message>
    <message>
        <source>BCP 47, e.g. en, ru, ce-Cyrl</source>
        <translation>BCP 47، مثل en، ru، ce-Cyrl</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>لغة الترجمة</translation>
    </message>
    <message>
        <source>the translation&apos;s language, e.g. en</source>
        <translation>لغة الترجمة، مثل en</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <source>Independent of the event’s other sources</source>
        <translation>مستقل عن مصادر الحدث الأخرى</translation>
    </message>
    <message>
        <source>Quote may be printed in reports</source>
        <translation>يجوز طباعة الاقتباس في التقارير</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>المسوّغ</translation>
    </message>
    <message>
        <source>Chosen: a new source, “%1” (made when you save)</source>
        <translation>المختار: مصدر جديد «%1» (يُنشأ عند الحفظ)</translation>
    </message>
    <message>
        <source>Choose the source this citation comes from, or make a new one.</source>
        <translation>اختر المصدر الذي جاء منه هذا الاستشهاد، أو أنشئ مصدرًا جديدًا.</translation>
    </message>
    <message>
        <source>New source “%1”</source>
        <translation>مصدر جديد «%1»</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>المختار: %1</translation>
    </message>
</context>
<context>
    <name>CitationsSection</name>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Add citation…</source>
        <translation>إضافة استشهاد…</translation>
    </message>
    <message>
        <source>No citations yet: which sources back this event?</source>
        <translation>لا استشهادات بعد: ما المصادر التي تدعم هذا الحدث؟</translation>
    </message>
    <message>
        <source>Reliability %1, credibility %2; %3</source>
        <translation>الموثوقية %1، المصداقية %2؛ %3</translation>
    </message>
    <message>
        <source>; not independent</source>
        <translation>؛ غير مستقل</translation>
    </message>
    <message>
        <source>Add citation</source>
        <translation>إضافة استشهاد</translation>
    </message>
    <message>
        <source>Edit citation</source>
        <translation>تحرير الاستشهاد</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>New %1</source>
        <translation>%1 جديد</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>إرفاق %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>Delete %1: %2</source>
        <translation>حذف %1: %2</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>إبقاء ما لديّ</translation>
    </message>
    <message>
        <source>Save your value over theirs (their change stays in the log and in undo)</source>
        <translation>حفظ قيمتك مكان قيمتهم (يبقى تغييرهم في السجل وفي التراجع)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>أخذ ما لديهم</translation>
    </message>
    <message>
        <source>Drop your typing and show their value</source>
        <translation>تجاهل ما كتبته وعرض قيمتهم</translation>
    </message>
    <message>
        <source>Not saved: %1 changed this %2 at %3 UTC, after you began editing.</source>
        <translation>لم يُحفظ: غيّر %1 هذا السجل (%2) في %3 UTC، بعد أن بدأت التحرير.</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>قيمتك: %1</translation>
    </message>
    <message>
        <source>Theirs (%1): %2</source>
        <translation>قيمتهم (%1): %2</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Refused: %1 has changed this %2 since (%3); removing it now would lose their change.</source>
        <translation>مرفوض: غيّر %1 هذا السجل (%2) منذ ذلك الحين (%3)؛ حذفه الآن سيضيّع تغييره.</translation>
    </message>
    <message>
        <source>Refused: %1 has since changed this %2 again (%3); putting the old value back would overwrite their change.</source>
        <translation>مرفوض: غيّر %1 هذا السجل (%2) مرة أخرى منذ ذلك الحين (%3)؛ إعادة القيمة القديمة ستكتب فوق تغييره.</translation>
    </message>
    <message>
        <source>Not saved: %1 changed this %2 at %3, after you began editing. Nothing was overwritten.</source>
        <translation>لم يُحفظ: غيّر %1 هذا السجل (%2) في %3 بعد أن بدأت التحرير. لم يُكتب فوق أي شيء.</translation>
    </message>
    <message>
        <source>%1 — yours: %2; theirs (%3): %4</source>
        <translation>%1 — قيمتك: %2؛ قيمتهم (%3): %4</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Merge Conflicts</source>
        <translation>تعارضات الدمج</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>They are the same</source>
        <translation>هما نفس السجل</translation>
    </message>
    <message>
        <source>They are different</source>
        <translation>هما سجلان مختلفان</translation>
    </message>
    <message>
        <source>Records the merge brought in that may be ones this archive already has. “The same” keeps the first and moves everything that refers to the second to it.</source>
        <translation>سجلات جلبها الدمج قد تكون موجودة في هذا الأرشيف. «هما نفس السجل» يُبقي الأول وينقل إليه كل ما يشير إلى الثاني.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>Nothing here blocks work: until you choose, each record keeps the value it has here.</source>
        <translation>لا شيء هنا يعطّل العمل: إلى أن تختار، يحتفظ كل سجل بقيمته هنا.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1: “%2” and “%3” — %4</source>
        <translation>%1: «%2» و«%3» — %4</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>لا تعارضات مفتوحة.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Here (ours)</source>
        <translation>هنا (لدينا)</translation>
    </message>
    <message>
        <source>There (theirs)</source>
        <translation>هناك (لديهم)</translation>
    </message>
    <message>
        <source>Or type a value</source>
        <translation>أو اكتب قيمة</translation>
    </message>
    <message>
        <source>Keep ours for every field</source>
        <translation>إبقاء ما لدينا لكل الحقول</translation>
    </message>
    <message>
        <source>Take theirs for every field</source>
        <translation>أخذ ما لديهم لكل الحقول</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>إبقاء ما لدينا</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>أخذ ما لديهم</translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation>إبقاؤه محذوفًا</translation>
    </message>
    <message>
        <source>Restore theirs</source>
        <translation>استعادة ما لديهم</translation>
    </message>
    <message>
        <source>Delete as there</source>
        <translation>حذف كما هناك</translation>
    </message>
    <message>
        <source>Restore and take theirs</source>
        <translation>الاستعادة وأخذ ما لديهم</translation>
    </message>
    <message>
        <source>a value of your own</source>
        <translation>قيمة من عندك</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <source>Deleted here, changed there</source>
        <translation>حُذف هنا، وعُدّل هناك</translation>
    </message>
    <message>
        <source>Changed here, deleted there</source>
        <translation>عُدّل هنا، وحُذف هناك</translation>
    </message>
    <message>
        <source>(set there to a %1 deleted here)</source>
        <translation>(عُيّن هناك إلى %1 محذوف هنا)</translation>
    </message>
    <message>
        <source>%1 (deleted here)</source>
        <translation>%1 (محذوف هنا)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>ومعه: %1</translation>
    </message>
    <message>
        <source>(a %1 not in this archive)</source>
        <translation>(%1 غير موجود في هذا الأرشيف)</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>لم يُحسم</translation>
    </message>
    <message>
        <source>Resolve conflicts: %1</source>
        <translation>حسم التعارضات: %1</translation>
    </message>
    <message>
        <source>Not combined</source>
        <translation>غير مدمجة</translation>
    </message>
</context>
<context>
    <name>ConflictsNote</name>
    <message>
        <source>Settle what the last merges could not: open the merge conflicts</source>
        <translation>احسم ما لم تستطع عمليات الدمج الأخيرة حسمه: افتح تعارضات الدمج</translation>
    </message>
</context>
<context>
    <name>ConnectServer</name>
    <message>
        <source>Prefer TLS (libpq&apos;s default)</source>
        <translation>تفضيل TLS (الافتراضي في libpq)</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>اشتراط TLS</translation>
    </message>
    <message>
        <source>Require TLS, check the server&apos;s certificate authority</source>
        <translation>اشتراط TLS مع التحقق من جهة إصدار شهادة الخادم</translation>
    </message>
    <message>
        <source>Require TLS, check the certificate and the host name</source>
        <translation>اشتراط TLS مع التحقق من الشهادة واسم المضيف</translation>
    </message>
    <message>
        <source>No TLS (a server on this computer only)</source>
        <translation>بدون TLS (لخادم على هذا الحاسوب فقط)</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <source>your database user name</source>
        <translation>اسم مستخدمك في قاعدة البيانات</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>التشفير (TLS)</translation>
    </message>
    <message>
        <source>No password here: Casefile asks for it only if the server wants one and ~/.pgpass or PGPASSWORD does not give it, and never saves it.</source>
        <translation>لا كلمة مرور هنا: يطلبها Casefile فقط إذا طلبها الخادم ولم يجدها في ⁦~/.pgpass⁩ أو PGPASSWORD، ولا يحفظها أبدًا.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>كلمة مرور %1 على %2:</translation>
    </message>
    <message>
        <source>Your password on %1:</source>
        <translation>كلمة مرورك على %1:</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>كلمة مرور الخادم</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>البلد (رمز ISO)</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Actors (roles)</source>
        <translation>الفاعلون (الأدوار)</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>عنوان المصدر</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>رابط المصدر</translation>
    </message>
    <message>
        <source>Source publisher</source>
        <translation>ناشر المصدر</translation>
    </message>
    <message>
        <source>Source published</source>
        <translation>تاريخ نشر المصدر</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>فاصلة ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>فاصلة منقوطة ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>جدولة (Tab)</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>خط عمودي |</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>ال&amp;ترميز:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>ال&amp;فاصل:</translation>
    </message>
    <message>
        <source>First row names the columns</source>
        <translation>الصف الأول يسمّي الأعمدة</translation>
    </message>
    <message>
        <source>Tags and actors &amp;separated by:</source>
        <translation>الوسوم والفاعلون مف&amp;صولون بـ:</translation>
    </message>
    <message>
        <source>&amp;Guess again</source>
        <translation>&amp;تخمين من جديد</translation>
    </message>
    <message>
        <source>Check and &amp;import</source>
        <translation>فحص و&amp;استيراد</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows</source>
        <translation>&amp;تخطي الصفوف المعيبة</translation>
    </message>
    <message>
        <source>%1 is read as %2. Choose what each column holds; </source>
        <translation>قُرئ الملف %1 على أنه %2. اختر ما يحويه كل عمود؛ </translation>
    </message>
    <message>
        <source>these are the choices made last time for these columns.</source>
        <translation>هذه هي الخيارات التي اختيرت آخر مرة لهذه الأعمدة.</translation>
    </message>
    <message>
        <source>obvious column names are guessed, the rest ignored.</source>
        <translation>خُمّنت أسماء الأعمدة الواضحة، وتُجوهل الباقي.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>This column has no name in the file, so it cannot be mapped.</source>
        <translation>لا اسم لهذا العمود في الملف، لذا لا يمكن مطابقته.</translation>
    </message>
    <message>
        <source>How dates read: </source>
        <translation>كيف تُقرأ التواريخ: </translation>
    </message>
    <message>
        <source>Columns %1 all fill %2; a field takes one column.</source>
        <translation>الأعمدة %1 كلها تملأ «%2»؛ الحقل يأخذ عمودًا واحدًا.</translation>
    </message>
    <message>
        <source>Choose the column that holds each event&apos;s title.</source>
        <translation>اختر العمود الذي يحوي عنوان كل حدث.</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>جارٍ فحص كل صفوف %1…</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be imported (listed below). Skip them and import the other %3, change the mapping, or cancel.</source>
        <translation>لا يمكن استيراد %1 من %2 (القائمة أدناه). تخطَّها واستورد الباقي (%3)، أو غيّر المطابقة، أو ألغِ.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… و%1 أخرى</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>لا يمكن قراءته: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 2017-04-01, April 2017, c. 2017, 1–3 April 2017</source>
        <translation>مثل 2017-04-01، أبريل 2017، نحو 2017، 1–3 أبريل 2017</translation>
    </message>
    <message>
        <source>Earliest %1 · latest %2</source>
        <translation>الأبكر %1 · الأخير %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an event, source, actor or place to see and edit it here.</source>
        <translation>اختر حدثًا أو مصدرًا أو فاعلًا أو مكانًا لعرضه وتحريره هنا.</translation>
    </message>
    <message>
        <source>This event was deleted. Undo brings it back.</source>
        <translation>حُذف هذا الحدث. يعيده التراجع.</translation>
    </message>
    <message>
        <source>This source was deleted. Undo brings it back.</source>
        <translation>حُذف هذا المصدر. يعيده التراجع.</translation>
    </message>
    <message>
        <source>This actor was deleted. Undo brings it back.</source>
        <translation>حُذف هذا الفاعل. يعيده التراجع.</translation>
    </message>
    <message>
        <source>This place was deleted. Undo brings it back.</source>
        <translation>حُذف هذا المكان. يعيده التراجع.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>لم يعد هذا الحدث موجودًا.</translation>
    </message>
    <message>
        <source>This source no longer exists.</source>
        <translation>لم يعد هذا المصدر موجودًا.</translation>
    </message>
    <message>
        <source>This actor no longer exists.</source>
        <translation>لم يعد هذا الفاعل موجودًا.</translation>
    </message>
    <message>
        <source>This place no longer exists.</source>
        <translation>لم يعد هذا المكان موجودًا.</translation>
    </message>
    <message>
        <source>A %1 has no form here.</source>
        <translation>لا يوجد هنا نموذج لـ«%1».</translation>
    </message>
    <message>
        <source>Deleted by %1 at %2 — this record no longer exists.</source>
        <translation>حذفه %1 في %2 — لم يعد هذا السجل موجودًا.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>شخص آخر</translation>
    </message>
</context>
<context>
    <name>DialogBase</name>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Cite a source</source>
        <translation>الاستشهاد بمصدر</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>No events yet.</source>
        <translation>لا أحداث بعد.</translation>
    </message>
    <message>
        <source>{action} ({keys}) adds the first one.</source>
        <translation>لإضافة أول سجل: {action} ({keys}).</translation>
    </message>
    <message>
        <source>No events match the search or filter.</source>
        <translation>لا أحداث تطابق البحث أو التصفية.</translation>
    </message>
    <message>
        <source>No sources yet.</source>
        <translation>لا مصادر بعد.</translation>
    </message>
    <message>
        <source>{action} ({keys}) adds the first one, or drop files or web addresses here.</source>
        <translation>لإضافة أول سجل: {action} ({keys})، أو أفلِت هنا ملفات أو عناوين ويب.</translation>
    </message>
    <message>
        <source>No sources match the search.</source>
        <translation>لا مصادر تطابق البحث.</translation>
    </message>
    <message>
        <source>No actors yet.</source>
        <translation>لا فاعلين بعد.</translation>
    </message>
    <message>
        <source>No actors match the search.</source>
        <translation>لا فاعلين يطابقون البحث.</translation>
    </message>
    <message>
        <source>No places yet.</source>
        <translation>لا أماكن بعد.</translation>
    </message>
    <message>
        <source>No places match the search.</source>
        <translation>لا أماكن تطابق البحث.</translation>
    </message>
    <message>
        <source>Clear the search and filter</source>
        <translation>مسح البحث والتصفية</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Encrypted archive</source>
        <translation>أرشيف مشفّر</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase:</source>
        <translation>الأرشيف %1 مشفّر. أدخل عبارة المرور الخاصة به:</translation>
    </message>
    <message>
        <source>New encrypted archive</source>
        <translation>أرشيف مشفّر جديد</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1. Without it nobody — you included — can open the archive.</source>
        <translation>اختر عبارة مرور لـ%1. بدونها لن يستطيع أحد — ولا أنت — فتح الأرشيف.</translation>
    </message>
    <message>
        <source>Encrypt archive</source>
        <translation>تشفير الأرشيف</translation>
    </message>
    <message>
        <source>Decrypt archive</source>
        <translation>فك تشفير الأرشيف</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1 to write it back as a plain, unencrypted file.</source>
        <translation>أدخل عبارة مرور %1 لإعادة كتابته ملفًا عاديًا غير مشفّر.</translation>
    </message>
    <message>
        <source>Choose a new passphrase for %1.</source>
        <translation>اختر عبارة مرور جديدة لـ%1.</translation>
    </message>
    <message>
        <source>This kept copy is NOT encrypted: remove it once you no longer need it (SSDs may keep old blocks).</source>
        <translation>هذه النسخة المحفوظة غير مشفّرة: احذفها حين لا تعود بحاجة إليها (قد تحتفظ أقراص SSD بكتل قديمة).</translation>
    </message>
    <message>
        <source>Remove it once you no longer need it.</source>
        <translation>احذفها حين لا تعود بحاجة إليها.</translation>
    </message>
    <message>
        <source>Done. The original is kept as
%1</source>
        <translation>تم. حُفظ الأصل باسم
%1</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>No sources cited yet: add a citation to back this event.</source>
        <translation>لم يُستشهد بمصادر بعد: أضف استشهادًا يدعم هذا الحدث.</translation>
    </message>
    <message>
        <source>No independent source graded A–C</source>
        <translation>لا مصدر مستقلًا بدرجة A–C</translation>
    </message>
    <message>
        <source>weakest grade %1</source>
        <translation>أضعف درجة %1</translation>
    </message>
    <message>
        <source>contradicted by a source</source>
        <translation>يناقضه مصدر</translation>
    </message>
    <message>
        <source>figures disagree</source>
        <translation>الأرقام متعارضة</translation>
    </message>
    <message>
        <source>Independent sources graded A–C (Admiralty reliability) that support the event, and the weakest grade among supporting citations.</source>
        <translation>المصادر المستقلة ذات الدرجة A–C (موثوقية سلّم الأميرالية) التي تدعم الحدث، وأضعف درجة بين الاستشهادات الداعمة.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Type a place; a new name creates it</source>
        <translation>اكتب مكانًا؛ الاسم الجديد يُنشئه</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>location precision</source>
        <translation>دقة الموقع</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Disputed: the accounts conflict</source>
        <translation>متنازع عليه: الروايات متعارضة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>الاستشهادات</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>أحداث مرتبطة</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>التعامل</translation>
    </message>
    <message>
        <source>Sensitive: leave out of redacted reports</source>
        <translation>حسّاس: يُستبعد من التقارير المحجوبة</translation>
    </message>
    <message>
        <source>Order that day</source>
        <translation>الترتيب في ذلك اليوم</translation>
    </message>
    <message>
        <source>order that day</source>
        <translation>الترتيب في ذلك اليوم</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Matched in</source>
        <translation>وُجد في</translation>
    </message>
    <message>
        <source>No date recorded.</source>
        <translation>لم يُسجَّل تاريخ.</translation>
    </message>
    <message>
        <source>EDTF: %1
Earliest day: %2
Latest day: %3</source>
        <translation>EDTF: %1
أبكر يوم: %2
آخر يوم: %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>%1; some of its facts are disputed</source>
        <translation>%1؛ بعض وقائعه متنازع عليها</translation>
    </message>
    <message>
        <source>%1 · disputed</source>
        <translation>%1 · متنازع عليه</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Number of sources cited (this column cannot be sorted).</source>
        <translation>عدد المصادر المستشهد بها (لا يمكن فرز هذا العمود).</translation>
    </message>
</context>
<context>
    <name>FieldBase</name>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>Not saved (your text is kept): %1</source>
        <translation>لم يُحفظ (نصك باقٍ): %1</translation>
    </message>
</context>
<context>
    <name>FieldTips</name>
    <message>
        <source>As the source gives it: 1 April 2017, April 2017, c. 2017, 1–3 April 2017, before June 2017, spring 2017. What you type is kept; Casefile shows how it read it.</source>
        <translation>كما يورده المصدر: 1 أبريل 2017، أبريل 2017، نحو 2017، 1–3 أبريل 2017، قبل يونيو 2017، ربيع 2017. يُحفظ ما تكتبه كما هو، ويعرض Casefile كيف فهمه.</translation>
    </message>
    <message>
        <source>Where it happened. Type to pick a place; a new name creates one.</source>
        <translation>مكان وقوع الحدث. اكتب لاختيار مكان؛ الاسم الجديد يُنشئ مكانًا.</translation>
    </message>
    <message>
        <source>How precisely the place is known: exact site, its vicinity, the town, the region or only the country. The Strict redaction profile coarsens exact sites.</source>
        <translation>مدى دقة معرفة المكان: الموقع بالضبط، أو جواره، أو المدينة، أو المنطقة، أو البلد فقط. ملف الحجب الصارم يعمّم المواقع الدقيقة.</translation>
    </message>
    <message>
        <source>What kind of event (protest, petition, detention…). Type a new type to add it to the list.</source>
        <translation>نوع الحدث (احتجاج، عريضة، احتجاز…). اكتب نوعًا جديدًا لإضافته إلى القائمة.</translation>
    </message>
    <message>
        <source>HURIDOCS verification status: how far the sources establish the event.</source>
        <translation>حالة التحقق وفق HURIDOCS: إلى أي حد تُثبت المصادر الحدث.</translation>
    </message>
    <message>
        <source>The accounts of this event conflict (e.g. competing figures); reports say so.</source>
        <translation>روايات هذا الحدث متعارضة (مثل أرقام متضاربة)؛ وتذكر التقارير ذلك.</translation>
    </message>
    <message>
        <source>A sensitive event is left out of reports under the Standard and Strict redaction profiles.</source>
        <translation>يُستبعد الحدث الحساس من التقارير في ملفَّي الحجب القياسي والصارم.</translation>
    </message>
    <message>
        <source>Orders events of the same day: lower numbers come first.</source>
        <translation>ترتيب أحداث اليوم الواحد: الأرقام الأصغر أولًا.</translation>
    </message>
    <message>
        <source>For you and your team: never printed unless a report includes analyst notes.</source>
        <translation>لك ولفريقك: لا تُطبع إلا إذا تضمّن التقرير ملاحظات المحلل.</translation>
    </message>
    <message>
        <source>What the source is: news article, NGO report, official document, testimony…</source>
        <translation>نوع المصدر: مقال إخباري، تقرير منظمة غير حكومية، وثيقة رسمية، شهادة…</translation>
    </message>
    <message>
        <source>The title in the report&apos;s language, when the original is in another.</source>
        <translation>العنوان بلغة التقرير، إذا كان الأصل بلغة أخرى.</translation>
    </message>
    <message>
        <source>Who published it (a newspaper, an NGO…), kept as an actor. Type to pick one; a new name creates it.</source>
        <translation>الجهة الناشرة (صحيفة، منظمة غير حكومية…)، وتُحفظ فاعلًا. اكتب للاختيار؛ الاسم الجديد يُنشئها.</translation>
    </message>
    <message>
        <source>When it was published; uncertain dates are fine (April 2017, c. 2017).</source>
        <translation>تاريخ النشر؛ التواريخ غير المؤكدة مقبولة (أبريل 2017، نحو 2017).</translation>
    </message>
    <message>
        <source>The language of the source as a BCP 47 tag: en, ru, ar, ce (Chechen)…</source>
        <translation>لغة المصدر بوسم BCP 47: en، ru، ar، ce (الشيشانية)…</translation>
    </message>
    <message>
        <source>A lasting copy of the page (e.g. the Wayback Machine), in case the original goes.</source>
        <translation>نسخة دائمة من الصفحة (مثل Wayback Machine)، تحسّبًا لاختفاء الأصل.</translation>
    </message>
    <message>
        <source>When the source was retrieved or captured, in UTC.</source>
        <translation>وقت استرجاع المصدر أو التقاطه، بتوقيت UTC.</translation>
    </message>
    <message>
        <source>Who collected the source (chain of custody). Private: printed only with analyst notes.</source>
        <translation>من جمع المصدر (سلسلة الحيازة). خاص: لا يُطبع إلا مع ملاحظات المحلل.</translation>
    </message>
    <message>
        <source>Where a paper or physical original is kept: archive, box, shelf mark.</source>
        <translation>مكان حفظ الأصل الورقي أو المادي: الأرشيف، الصندوق، رقم الرف.</translation>
    </message>
    <message>
        <source>Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged.</source>
        <translation>موثوقية المصدر وفق مقياس الأميرالية: A موثوق تمامًا … E غير موثوق، F لا يمكن الحكم.</translation>
    </message>
    <message>
        <source>Why this grade: the source&apos;s record, access, independence.</source>
        <translation>سبب هذه الدرجة: سجل المصدر، ووصوله إلى المعلومات، واستقلاليته.</translation>
    </message>
    <message>
        <source>A sensitive source (e.g. a protected witness) is left out of redacted reports, with what rests on it.</source>
        <translation>يُستبعد المصدر الحساس (مثل شاهد محمي) من التقارير المحجوبة، مع ما يستند إليه.</translation>
    </message>
    <message>
        <source>Person, organisation, group or state body.</source>
        <translation>شخص أو منظمة أو مجموعة أو جهة حكومية.</translation>
    </message>
    <message>
        <source>The name in its own script, e.g. Новая газета; searched like the name.</source>
        <translation>الاسم بكتابته الأصلية، مثل Новая газета؛ ويشمله البحث كالاسم.</translation>
    </message>
    <message>
        <source>Other names and spellings, separated by ;. Search finds them, and redaction replaces them too.</source>
        <translation>أسماء وتهجئات أخرى، تُفصل بـ ;. يجدها البحث، ويستبدلها الحجب أيضًا.</translation>
    </message>
    <message>
        <source>A protected person is never named in redacted reports: the pseudonym is printed instead.</source>
        <translation>لا يُذكر اسم الشخص المحمي أبدًا في التقارير المحجوبة: يُطبع الاسم المستعار بدلًا منه.</translation>
    </message>
    <message>
        <source>Printed instead of a protected person&apos;s name, e.g. Witness A. Empty: Casefile assigns one.</source>
        <translation>يُطبع بدل اسم الشخص المحمي، مثل «الشاهد أ». فارغ: يعيّن Casefile اسمًا.</translation>
    </message>
    <message>
        <source>The name in the local language and script, e.g. Грозный.</source>
        <translation>الاسم باللغة والكتابة المحليتين، مثل Грозный.</translation>
    </message>
    <message>
        <source>The two-letter ISO 3166 code, e.g. RU, GB, US.</source>
        <translation>رمز ISO 3166 من حرفين، مثل RU وGB وUS.</translation>
    </message>
    <message>
        <source>Decimal degrees, north positive (e.g. 43.3178). Dropped by the Strict redaction profile.</source>
        <translation>درجات عشرية، الشمال موجب (مثل 43.3178). يحذفها ملف الحجب الصارم.</translation>
    </message>
    <message>
        <source>Decimal degrees, east positive (e.g. 45.6949). Dropped by the Strict redaction profile.</source>
        <translation>درجات عشرية، الشرق موجب (مثل 45.6949). يحذفها ملف الحجب الصارم.</translation>
    </message>
    <message>
        <source>How precise the coordinates are: exact site, vicinity, town, region or country.</source>
        <translation>مدى دقة الإحداثيات: الموقع بالضبط، أو الجوار، أو المدينة، أو المنطقة، أو البلد.</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Edit figure</source>
        <translation>تحرير الرقم</translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation>إضافة رقم</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>e.g. 44,700</source>
        <translation>مثل 44,700</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>الحد الأقصى</translation>
    </message>
    <message>
        <source>empty: same as minimum, or open for “at least”</source>
        <translation>فارغ: مثل الحد الأدنى، أو مفتوح مع «على الأقل»</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>e.g. signatures, people detained</source>
        <translation>مثل: توقيع، محتجز</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>الوصف الكمي</translation>
    </message>
    <message>
        <source>— not linked to a citation</source>
        <translation>— غير مرتبط باستشهاد</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>أورده</translation>
    </message>
    <message>
        <source>Give the number reported (a minimum, a maximum or both).</source>
        <translation>أدخل العدد المذكور (حدًّا أدنى أو أقصى أو كليهما).</translation>
    </message>
</context>
<context>
    <name>FiguresSection</name>
    <message>
        <source>Min</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>الأقصى</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>الوصف الكمي</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>أورده</translation>
    </message>
    <message>
        <source>Add figure…</source>
        <translation>إضافة رقم…</translation>
    </message>
    <message>
        <source>No figures (counts such as “44,700 signatures”).</source>
        <translation>لا أرقام (أعداد مثل «44,700 توقيع»).</translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation>إضافة رقم</translation>
    </message>
    <message>
        <source>Edit figure</source>
        <translation>تحرير الرقم</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Earliest day, written as in the date field: 2017-04-20, May 2017, c. 2017, after 2016</source>
        <translation>أبكر يوم، يُكتب كما في حقل التاريخ: 2017-04-20، مايو 2017، نحو 2017، بعد 2016</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Latest day, written as in the date field: 2017-05-31, May 2017, c. 2017, before 2018</source>
        <translation>آخر يوم، يُكتب كما في حقل التاريخ: 2017-05-31، مايو 2017، نحو 2017، قبل 2018</translation>
    </message>
    <message>
        <source>Only events at this place</source>
        <translation>الأحداث في هذا المكان فقط</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>أي مكان</translation>
    </message>
    <message>
        <source>Only events with this verification status</source>
        <translation>الأحداث ذات حالة التحقق هذه فقط</translation>
    </message>
    <message>
        <source>Only events of this type</source>
        <translation>أحداث هذا النوع فقط</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>ليس تاريخًا.</translation>
    </message>
    <message>
        <source>“To” (%1) is before “From” (%2).</source>
        <translation>«إلى» (%1) قبل «من» (%2).</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>حتى %1</translation>
    </message>
</context>
<context>
    <name>FormBase</name>
    <message>
        <source>Created %1 · updated %2 (UTC)</source>
        <translation>أُنشئ %1 · حُدّث %2 (UTC)</translation>
    </message>
</context>
<context>
    <name>FrameRenderer</name>
    <message>
        <source>No dated events</source>
        <translation>لا أحداث مؤرَّخة</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Casefile User Guide</source>
        <translation>دليل مستخدم Casefile</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Casefile does not open links outside the guide: {link}</source>
        <translation>لا يفتح Casefile الروابط خارج الدليل: {link}</translation>
    </message>
</context>
<context>
    <name>InvolvementDialog</name>
    <message>
        <source>Edit actor role</source>
        <translation>تحرير دور الفاعل</translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation>إضافة فاعل</translation>
    </message>
    <message>
        <source>Type a name: existing actors are offered</source>
        <translation>اكتب اسمًا: يُقترح الفاعلون الموجودون</translation>
    </message>
    <message>
        <source>New actor, kind:</source>
        <translation>فاعل جديد، النوع:</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>how many (optional)</source>
        <translation>كم العدد (اختياري)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Choose an actor or type a new name.</source>
        <translation>اختر فاعلًا أو اكتب اسمًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>InvolvementsSection</name>
    <message>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Add actor…</source>
        <translation>إضافة فاعل…</translation>
    </message>
    <message>
        <source>No actors yet.</source>
        <translation>لا فاعلين بعد.</translation>
    </message>
    <message>
        <source>
Protected: reports print a pseudonym instead of the name.</source>
        <translation>
محمي: تطبع التقارير اسمًا مستعارًا بدل الاسم.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Confirmed: established by reliable, independent sources.</source>
        <translation>مؤكَّد: ثبت بمصادر موثوقة ومستقلة.</translation>
    </message>
    <message>
        <source>Likely: credible sources support it; not yet confirmed.</source>
        <translation>مرجَّح: تدعمه مصادر ذات مصداقية؛ لم يتأكد بعد.</translation>
    </message>
    <message>
        <source>Possible: some support, but weak or single-sourced.</source>
        <translation>ممكن: بعض الدعم، لكنه ضعيف أو من مصدر واحد.</translation>
    </message>
    <message>
        <source>Unlikely: the weight of the sources is against it.</source>
        <translation>مستبعد: ثقل المصادر ضده.</translation>
    </message>
    <message>
        <source>Unknown: not yet assessed.</source>
        <translation>مجهول: لم يُقيَّم بعد.</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <source>has part</source>
        <translation>يتضمن</translation>
    </message>
    <message>
        <source>precedes</source>
        <translation>يسبق</translation>
    </message>
    <message>
        <source>follows</source>
        <translation>يلي</translation>
    </message>
    <message>
        <source>causes</source>
        <translation>يسبّب</translation>
    </message>
    <message>
        <source>caused by</source>
        <translation>ناتج عن</translation>
    </message>
    <message>
        <source>response to</source>
        <translation>ردّ على</translation>
    </message>
    <message>
        <source>answered by</source>
        <translation>رُدّ عليه بـ</translation>
    </message>
</context>
<context>
    <name>LinkedEvents</name>
    <message>
        <source>%1 no events</source>
        <translation>%1: لا أحداث</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Click an event to open it</source>
        <translation>انقر حدثًا لفتحه</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>LinkedTable</name>
    <message>
        <source>Open source</source>
        <translation>فتح المصدر</translation>
    </message>
    <message>
        <source>Open actor</source>
        <translation>فتح الفاعل</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>لا شيء بعد.</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>فتح الحدث</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Search events</source>
        <translation>البحث في الأحداث</translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation>البحث في المصادر</translation>
    </message>
    <message>
        <source>Search actors</source>
        <translation>البحث في الفاعلين</translation>
    </message>
    <message>
        <source>Search places</source>
        <translation>البحث في الأماكن</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Full-text search; words match by their beginning, in any script</source>
        <translation>بحث في النص الكامل؛ تُطابَق الكلمات ببداياتها، بأي نظام كتابة</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>حذف %1؟</translation>
    </message>
    <message>
        <source>

Undo brings it back.</source>
        <translation>

يمكن استرجاعه بالتراجع.</translation>
    </message>
    <message>
        <source>The dropped item could not be added: %1</source>
        <translation>تعذّرت إضافة العنصر المُفلَت: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>search is still indexing (%1 %)</source>
        <translation>ما زالت فهرسة البحث جارية (%1 %)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>تعذّر الحذف</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot create archive</source>
        <translation>تعذّر إنشاء الأرشيف</translation>
    </message>
    <message>
        <source>%1 — Casefile</source>
        <translation>%1 — Casefile</translation>
    </message>
    <message>
        <source>Changes are missing</source>
        <translation>تغييرات مفقودة</translation>
    </message>
    <message>
        <source>Open Backups…</source>
        <translation>فتح النسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي: %1</translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation>تم النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>Read-only: %1. Nothing can be changed in this archive.</source>
        <translation>للقراءة فقط: %1. لا يمكن تغيير شيء في هذا الأرشيف.</translation>
    </message>
    <message>
        <source>Casefile</source>
        <translation>Casefile</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>لا أرشيف مفتوح</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Casefile archives (*.casefile);;All files (*)</source>
        <translation>أرشيفات Casefile (*.casefile);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Merge Archive</source>
        <translation>دمج أرشيف</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>جارٍ الدمج…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
</context>
<context>
    <name>MergeOps</name>
    <message>
        <source>Resolve conflict in %1</source>
        <translation>حسم التعارض في %1</translation>
    </message>
</context>
<context>
    <name>NamedTable</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>Open this %1 (Ctrl+Enter)</source>
        <translation>فتح %1 هذا (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Enter creates a new %1: “%2”.</source>
        <translation>يُنشئ Enter ‏%1 جديدًا: «%2».</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>الاسم المحلي</translation>
    </message>
    <message>
        <source>local name</source>
        <translation>الاسم المحلي</translation>
    </message>
    <message>
        <source>e.g. Грозный</source>
        <translation>مثل Грозный</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>ISO 3166 code, e.g. RU</source>
        <translation>رمز ISO 3166، مثل RU</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>e.g. 43.3178</source>
        <translation>مثل 43.3178</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>e.g. 45.6949</source>
        <translation>مثل 45.6949</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>يرد في:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Every change you make is written into the archive&apos;s change log together with this name, so that colleagues can see who recorded what. Anyone who gets a copy of an archive can read it.

Use your name, initials or a pseudonym, or leave it empty to be logged as “{unnamed}”. Casefile never uses your computer&apos;s login name.</source>
        <translation>يُكتب كل تغيير تجريه في سجل تغييرات الأرشيف مع هذا الاسم، ليرى الزملاء من سجّل ماذا. يستطيع كل من يحصل على نسخة من الأرشيف قراءته.

استخدم اسمك أو الأحرف الأولى منه أو اسمًا مستعارًا، أو اتركه فارغًا ليُسجَّل «{unnamed}». لا يستخدم Casefile أبدًا اسم الدخول إلى حاسوبك.</translation>
    </message>
    <message>
        <source>You can change this later under Edit ▸ Preferences…</source>
        <translation>يمكنك تغييره لاحقًا من تحرير ◂ التفضيلات…</translation>
    </message>
    <message>
        <source>empty: logged as “{unnamed}”</source>
        <translation>فارغ: يُسجَّل «{unnamed}»</translation>
    </message>
    <message>
        <source>“{folder}” is not a full path: choose the folder with Choose…</source>
        <translation>«{folder}» ليس مسارًا كاملًا: اختر المجلد بزر «اختيار…»</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>Casefile may not write into {folder}.</source>
        <translation>لا يملك Casefile إذنًا بالكتابة في {folder}.</translation>
    </message>
    <message>
        <source>Welcome to Casefile</source>
        <translation>مرحبًا بك في Casefile</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Before you start: what name should Casefile write into the change log?</source>
        <translation>قبل أن تبدأ: ما الاسم الذي يكتبه Casefile في سجل التغييرات؟</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>كما في النظام</translation>
    </message>
    <message>
        <source>The new language applies the next time Casefile starts.</source>
        <translation>تسري اللغة الجديدة عند تشغيل Casefile في المرة القادمة.</translation>
    </message>
    <message>
        <source>In words: 5 April 2017</source>
        <translation>بالكلمات: 5 أبريل 2017</translation>
    </message>
    <message>
        <source>In numbers: 2017-04-05</source>
        <translation>بالأرقام: 2017-04-05</translation>
    </message>
    <message>
        <source>How the lists, forms and timeline write dates. What you typed is kept as you typed it.</source>
        <translation>كيف تكتب القوائم والنماذج والخط الزمني التواريخ. يُحفظ ما كتبته كما كتبته.</translation>
    </message>
    <message>
        <source>Ask before deleting records</source>
        <translation>السؤال قبل حذف السجلات</translation>
    </message>
    <message>
        <source>Delete in the lists and on the timeline asks first. Off: it deletes at once; Undo (Ctrl+Z) still brings records back.</source>
        <translation>يسأل الحذف في القوائم وعلى الخط الزمني أولًا. عند الإيقاف: يحذف فورًا، ويظل التراجع (Ctrl+Z) يعيد السجلات.</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Each case&apos;s own marking</source>
        <translation>تصنيف كل قضية</translation>
    </message>
    <message>
        <source>The Traffic Light Protocol marking printed on every page: who the reader may share the brief with.</source>
        <translation>تصنيف بروتوكول إشارات المرور (TLP) المطبوع على كل صفحة: مع من يجوز للقارئ مشاركة التقرير.</translation>
    </message>
    <message>
        <source>Documents ({folder})</source>
        <translation>المستندات ({folder})</translation>
    </message>
    <message>
        <source>Every new report starts from</source>
        <translation>يبدأ كل تقرير جديد من</translation>
    </message>
    <message>
        <source>Export Report… and the command “casefile export-pdf” start from these; each report can still choose otherwise.</source>
        <translation>يبدأ «تصدير تقرير…» والأمر «casefile export-pdf» من هذه القيم؛ ويمكن لكل تقرير أن يختار غيرها.</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>الحجب</translation>
    </message>
    <message>
        <source>Save reports in</source>
        <translation>حفظ التقارير في</translation>
    </message>
    <message>
        <source>Folder for reports</source>
        <translation>مجلد التقارير</translation>
    </message>
    <message>
        <source>Casefile backs each archive up when it opens (if the last backup is over half an hour old), when it closes after changes, and before imports, merges and upgrades. Each copy is checked after it is written.</source>
        <translation>ينسخ Casefile كل أرشيف احتياطيًا عند فتحه (إذا مضى على آخر نسخة أكثر من نصف ساعة)، وعند إغلاقه بعد تغييرات، وقبل الاستيراد والدمج والترقية. وتُفحص كل نسخة بعد كتابتها.</translation>
    </message>
    <message>
        <source>default: {folder}</source>
        <translation>الافتراضي: {folder}</translation>
    </message>
    <message>
        <source>An encrypted archive&apos;s backups are encrypted too. A folder on another disk survives the loss of this one.</source>
        <translation>النسخ الاحتياطية للأرشيف المشفّر مشفّرة أيضًا. والمجلد على قرص آخر يبقى إن فُقد هذا القرص.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Newest backups kept</source>
        <translation>أحدث النسخ المحفوظة</translation>
    </message>
    <message>
        <source>Days with one backup each</source>
        <translation>أيام بنسخة واحدة لكل منها</translation>
    </message>
    <message>
        <source>Weeks with one backup each</source>
        <translation>أسابيع بنسخة واحدة لكل منها</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Backups taken so far stay in {folder}; File ▸ Backups… lists those in the new folder.</source>
        <translation>تبقى النسخ المأخوذة حتى الآن في {folder}؛ ويعرض «ملف ◂ النسخ الاحتياطية…» ما في المجلد الجديد.</translation>
    </message>
    <message numerus="yes">
        <source>Each archive keeps its %n newest backup(s)</source>
        <translation>
            <numerusform>يحتفظ كل أرشيف بـ%n نسخة احتياطية حديثة</numerusform>
            <numerusform>يحتفظ كل أرشيف بأحدث نسخة احتياطية</numerusform>
            <numerusform>يحتفظ كل أرشيف بأحدث نسختين احتياطيتين</numerusform>
            <numerusform>يحتفظ كل أرشيف بأحدث %n نسخ احتياطية</numerusform>
            <numerusform>يحتفظ كل أرشيف بأحدث %n نسخة احتياطية</numerusform>
            <numerusform>يحتفظ كل أرشيف بأحدث %n نسخة احتياطية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>plus the last of each of %n more day(s)</source>
        <translation>
            <numerusform>وبآخر نسخة من كل يوم من %n يوم سابق</numerusform>
            <numerusform>وبآخر نسخة من اليوم السابق</numerusform>
            <numerusform>وبآخر نسخة من كلٍّ من اليومين السابقين</numerusform>
            <numerusform>وبآخر نسخة من كل يوم من %n أيام سابقة</numerusform>
            <numerusform>وبآخر نسخة من كل يوم من %n يومًا سابقًا</numerusform>
            <numerusform>وبآخر نسخة من كل يوم من %n يوم سابق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and of %n more week(s); older ones are deleted.</source>
        <translation>
            <numerusform>ومن كل أسبوع من %n أسبوع سابق؛ وتُحذف الأقدم.</numerusform>
            <numerusform>ومن الأسبوع السابق؛ وتُحذف الأقدم.</numerusform>
            <numerusform>ومن كلٍّ من الأسبوعين السابقين؛ وتُحذف الأقدم.</numerusform>
            <numerusform>ومن كل أسبوع من %n أسابيع سابقة؛ وتُحذف الأقدم.</numerusform>
            <numerusform>ومن كل أسبوع من %n أسبوعًا سابقًا؛ وتُحذف الأقدم.</numerusform>
            <numerusform>ومن كل أسبوع من %n أسبوع سابق؛ وتُحذف الأقدم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>The preferences could not be saved: {error}</source>
        <translation>تعذّر حفظ التفضيلات: {error}</translation>
    </message>
    <message>
        <source>Name in the change log</source>
        <translation>الاسم في سجل التغييرات</translation>
    </message>
    <message>
        <source>Ask Me Later</source>
        <translation>اسألني لاحقًا</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge removes {what} and everything that depends on it from the archive for good: from its tables, its search index and the change log&apos;s copies of the values (the log keeps only digests and a note that a purge happened). {backups}

This cannot be undone, and the undo history is cleared.

Disks, SSDs above all, may keep old blocks of the file where no program can reach them; encrypting the archive is the real protection.</source>
        <translation>يزيل المحو {what} وكل ما يعتمد عليه من الأرشيف نهائيًا: من جداوله وفهرس البحث ونسخ القيم في سجل التغييرات (يحتفظ السجل ببصمات فقط وبملاحظة أن محوًا قد جرى). {backups}

لا يمكن التراجع عن هذا، ويُمسح سجل التراجع.

قد تحتفظ الأقراص، ولا سيما SSD، بكتل قديمة من الملف حيث لا يصل إليها أي برنامج؛ الحماية الحقيقية هي تشفير الأرشيف.</translation>
    </message>
    <message>
        <source>This archive has no backups yet.</source>
        <translation>لا نسخ احتياطية لهذا الأرشيف بعد.</translation>
    </message>
    <message>
        <source>Its one backup is rewritten without it too (a purge that left copies would be no purge).</source>
        <translation>تُعاد كتابة نسخته الاحتياطية الوحيدة أيضًا دونه (فالمحو الذي يترك نسخًا ليس محوًا).</translation>
    </message>
    <message>
        <source>Purge for good?</source>
        <translation>محو نهائيًا؟</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>محو</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>جارٍ المحو…</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Only Confirmed Events</source>
        <translation>الأحداث المؤكَّدة فقط</translation>
    </message>
    <message>
        <source>Only Likely Events</source>
        <translation>الأحداث المرجَّحة فقط</translation>
    </message>
    <message>
        <source>Only Possible Events</source>
        <translation>الأحداث الممكنة فقط</translation>
    </message>
    <message>
        <source>Only Unlikely Events</source>
        <translation>الأحداث المستبعدة فقط</translation>
    </message>
    <message>
        <source>Only Events of Unknown Status</source>
        <translation>الأحداث مجهولة الحالة فقط</translation>
    </message>
    <message>
        <source>Only Events at %1</source>
        <translation>الأحداث في %1 فقط</translation>
    </message>
    <message>
        <source>Only Events of Type “%1”</source>
        <translation>أحداث النوع «%1» فقط</translation>
    </message>
    <message>
        <source>Only %1 Events</source>
        <translation>الأحداث ذات الحالة «%1» فقط</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>تكرار %1</translation>
    </message>
</context>
<context>
    <name>RecordMenu</name>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>نسخ كنص</translation>
    </message>
    <message>
        <source>Show on Timeline</source>
        <translation>عرض على الخط الزمني</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Edit relation</source>
        <translation>تحرير العلاقة</translation>
    </message>
    <message>
        <source>Relate to another event</source>
        <translation>ربط بحدث آخر</translation>
    </message>
    <message>
        <source>This event is</source>
        <translation>هذا الحدث</translation>
    </message>
    <message>
        <source>Search events by title, place, actor…</source>
        <translation>ابحث عن الأحداث بالعنوان أو المكان أو الفاعل…</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Choose the other event.</source>
        <translation>اختر الحدث الآخر.</translation>
    </message>
</context>
<context>
    <name>RelationsSection</name>
    <message>
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Relate…</source>
        <translation>ربط…</translation>
    </message>
    <message>
        <source>Not related to other events.</source>
        <translation>غير مرتبط بأحداث أخرى.</translation>
    </message>
    <message>
        <source>Relate events</source>
        <translation>ربط الأحداث</translation>
    </message>
    <message>
        <source>Edit relation</source>
        <translation>تحرير العلاقة</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Cover</source>
        <translation>الغلاف</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>الملخص التنفيذي</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>النتائج الرئيسية</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>مخطط الخط الزمني</translation>
    </message>
    <message>
        <source>Events in detail</source>
        <translation>الأحداث بالتفصيل</translation>
    </message>
    <message>
        <source>Annex: actors</source>
        <translation>ملحق: الفاعلون</translation>
    </message>
    <message>
        <source>Annex: sources</source>
        <translation>ملحق: المصادر</translation>
    </message>
    <message>
        <source>Annex: integrity</source>
        <translation>ملحق: السلامة</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <source>Brief (2–4 pages)</source>
        <translation>موجز (2–4 صفحات)</translation>
    </message>
    <message>
        <source>Dossier (everything)</source>
        <translation>ملف كامل (كل شيء)</translation>
    </message>
    <message>
        <source>the case title</source>
        <translation>عنوان القضية</translation>
    </message>
    <message>
        <source>the case&apos;s organisation</source>
        <translation>منظمة القضية</translation>
    </message>
    <message>
        <source>none: no name on the cover or in the PDF&apos;s properties</source>
        <translation>بلا: لا اسم على الغلاف ولا في خصائص PDF</translation>
    </message>
    <message>
        <source>The case&apos;s marking</source>
        <translation>تصنيف القضية</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (أمريكي)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>اختر قسمًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation>اختر ملفًا لحفظ التقرير.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another place to save the report.</source>
        <translation>المجلد %1 غير موجود: اختر مكانًا آخر لحفظ التقرير.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>تعذّرت كتابة التقرير: %1</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>“%1” already exists in %2.

Replace it with this report?</source>
        <translation>«%1» موجود بالفعل في %2.

أتستبدله بهذا التقرير؟</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>حُفظ التقرير باسم %1.</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>كُتب التقرير</translation>
    </message>
    <message>
        <source>The report was saved as
%1

Open it now?</source>
        <translation>حُفظ التقرير باسم
%1

أتفتحه الآن؟</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>تعذّر فتح التقرير</translation>
    </message>
    <message>
        <source>No program to open PDF files was found on this computer.

The report is saved as
%1

Install a PDF viewer to open it.</source>
        <translation>لم يُعثر على برنامج لفتح ملفات PDF على هذا الحاسوب.

حُفظ التقرير باسم
%1

ثبّت عارض PDF لفتحه.</translation>
    </message>
</context>
<context>
    <name>ScopeFields</name>
    <message>
        <source>Standard — sensitive records left out, protected people pseudonymised</source>
        <translation>قياسي — تُستبعد السجلات الحساسة، ويُستبدل بأسماء المحميين أسماء مستعارة</translation>
    </message>
    <message>
        <source>Strict — also places coarsened, analyst notes never printed</source>
        <translation>صارم — تُعمَّم الأماكن أيضًا، ولا تُطبع ملاحظات المحلل أبدًا</translation>
    </message>
    <message>
        <source>None — everything printed</source>
        <translation>بلا — يُطبع كل شيء</translation>
    </message>
    <message>
        <source>from, e.g. 2017-04</source>
        <translation>من، مثل 2017-04</translation>
    </message>
    <message>
        <source>to, e.g. 2017-06</source>
        <translation>إلى، مثل 2017-06</translation>
    </message>
    <message>
        <source>any tag; several separated by ;</source>
        <translation>أي وسم؛ عدة وسوم تُفصل بـ ;</translation>
    </message>
    <message>
        <source>Include analyst notes</source>
        <translation>تضمين ملاحظات المحلل</translation>
    </message>
    <message>
        <source>Print the private notes of events, sources and involvements. Off by default: notes often name people or plans. The Strict profile never prints them.</source>
        <translation>طباعة الملاحظات الخاصة بالأحداث والمصادر والمشاركات. معطّل افتراضيًا: كثيرًا ما تسمّي الملاحظات أشخاصًا أو خططًا. الملف الصارم لا يطبعها أبدًا.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>الحجب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 — %2 (server)</source>
        <translation>%1 — %2 (خادم)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation>ابحث في الأوامر أو المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
</context>
<context>
    <name>SourceDrop</name>
    <message>
        <source>New source from a drop</source>
        <translation>مصدر جديد من عنصر مُفلَت</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation>العنوان المترجم</translation>
    </message>
    <message>
        <source>translated title</source>
        <translation>العنوان المترجم</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Type an outlet; a new name creates it</source>
        <translation>اكتب وسيلة إعلامية؛ الاسم الجديد يُنشئها</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>BCP 47, e.g. en, ru</source>
        <translation>BCP 47، مثل en، ru</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>المصدر والمنشأ</translation>
    </message>
    <message>
        <source>Archived URL</source>
        <translation>رابط النسخة المؤرشفة</translation>
    </message>
    <message>
        <source>archived URL</source>
        <translation>رابط النسخة المؤرشفة</translation>
    </message>
    <message>
        <source>e.g. a Wayback Machine copy</source>
        <translation>مثل نسخة في Wayback Machine</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>تاريخ الاسترجاع</translation>
    </message>
    <message>
        <source>retrieval time</source>
        <translation>وقت الاسترجاع</translation>
    </message>
    <message>
        <source>2017-05-02 or 2017-05-02T14:30Z</source>
        <translation>2017-05-02 أو 2017-05-02T14:30Z</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation>مكان الحفظ</translation>
    </message>
    <message>
        <source>archive location</source>
        <translation>مكان الحفظ</translation>
    </message>
    <message>
        <source>archive, shelf mark</source>
        <translation>الأرشيف، رقم الرف</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>المسوّغ</translation>
    </message>
    <message>
        <source>Content and handling</source>
        <translation>المحتوى والتعامل</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
    <message>
        <source>Sensitive: leave out of redacted reports</source>
        <translation>حسّاس: يُستبعد من التقارير المحجوبة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>يستشهد به:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h1&gt;Casefile&lt;/h1&gt;&lt;p&gt;Events, the sources that back them, and briefing reports — offline.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Casefile&lt;/h1&gt;&lt;p&gt;الأحداث والمصادر التي تدعمها والتقارير الموجزة — دون اتصال بالإنترنت.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New archive…</source>
        <translation>أرشيف جديد…</translation>
    </message>
    <message>
        <source>Open archive…</source>
        <translation>فتح أرشيف…</translation>
    </message>
    <message>
        <source>Open demo archive</source>
        <translation>فتح الأرشيف التجريبي</translation>
    </message>
    <message>
        <source>The 2017 campaigns against the purge of gay men in Chechnya, from a news report</source>
        <translation>حملات عام 2017 ضد حملة التطهير بحق المثليين في الشيشان، استنادًا إلى تقرير إخباري</translation>
    </message>
    <message>
        <source>Recent archives</source>
        <translation>الأرشيفات الحديثة</translation>
    </message>
</context>
<context>
    <name>StatusFeedback</name>
    <message>
        <source>Undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>أُعيد</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
</context>
<context>
    <name>TagFilter</name>
    <message>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <source>Only events with this tag (Enter adds it; choose several to match all or any)</source>
        <translation>الأحداث التي تحمل هذا الوسم فقط (يضيفه Enter؛ اختر عدة وسوم لمطابقة كلها أو أيٍّ منها)</translation>
    </message>
    <message>
        <source>Events with every chosen tag, or with any of them</source>
        <translation>الأحداث التي تحمل كل الوسوم المختارة أو أيًّا منها</translation>
    </message>
    <message>
        <source>all of these</source>
        <translation>كلها</translation>
    </message>
    <message>
        <source>any of these</source>
        <translation>أيٌّ منها</translation>
    </message>
    <message>
        <source>Stop filtering by “%1”</source>
        <translation>إيقاف التصفية بـ«%1»</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>إضافة وسم</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation>إضافة وسم…</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>بلا وسوم</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>إزالة الوسم «%1»</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Export TimelineJS</source>
        <translation>تصدير TimelineJS</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>A timeline is made to be published: private notes are never included.</source>
        <translation>الخط الزمني معدّ للنشر: لا تُضمَّن الملاحظات الخاصة أبدًا.</translation>
    </message>
    <message>
        <source>TimelineJS (*.json)</source>
        <translation>TimelineJS (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>جدول بيانات (*.csv)</translation>
    </message>
    <message>
        <source>Save timeline as</source>
        <translation>حفظ الخط الزمني باسم</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder to save the timeline to.</source>
        <translation>اختر ملفًا في مجلد موجود لحفظ الخط الزمني.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>“%1” already exists in %2.

Replace it with this timeline?</source>
        <translation>«%1» موجود بالفعل في %2.

أتستبدله بهذا الخط الزمني؟</translation>
    </message>
    <message>
        <source>The timeline could not be written: %1</source>
        <translation>تعذّرت كتابة الخط الزمني: %1</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>TimelineJS JSON (.json)</source>
        <translation>TimelineJS JSON (.json)</translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet template (.csv)</source>
        <translation>قالب جدول بيانات TimelineJS (.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>كُتب %1 في %2.</translation>
    </message>
    <message>
        <source>Timeline saved as %1.</source>
        <translation>حُفظ الخط الزمني باسم %1.</translation>
    </message>
    <message>
        <source>Timeline written</source>
        <translation>كُتب الخط الزمني</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Scroll lanes</source>
        <translation>تمرير المسارات</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>الحدث المختار</translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation>المسارات: %1</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>تكبير (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>تصغير (-)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>ملاءمة الكل</translation>
    </message>
    <message>
        <source>Show every event (Home)</source>
        <translation>عرض كل الأحداث (Home)</translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <translation>جارٍ تحميل الخط الزمني…</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>المختار: %1</translation>
    </message>
    <message>
        <source>Move event date</source>
        <translation>نقل تاريخ الحدث</translation>
    </message>
    <message>
        <source>Moved “%1” to %2</source>
        <translation>نُقل «%1» إلى %2</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Not moved: %1 changed the date to %2 (%3); yours: %4. Nothing was overwritten.</source>
        <translation>لم يُنقل: غيّر %1 التاريخ إلى %2 (%3)؛ تاريخك: %4. لم يُكتب فوق أي شيء.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>نسخ كنص</translation>
    </message>
    <message>
        <source>Show in list</source>
        <translation>عرض في القائمة</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>بلا مكان</translation>
    </message>
</context>
<context>
    <name>TimelineRender</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>من %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Hidden events</source>
        <translation>الأحداث المخفية</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Add an event to the case and edit it in the detail pane</source>
        <translation>أضف حدثًا إلى القضية وحرّره في لوحة التفاصيل</translation>
    </message>
    <message>
        <source>Add a source (article, report, testimony…) that events can cite</source>
        <translation>أضف مصدرًا (مقالًا، تقريرًا، شهادة…) يمكن للأحداث الاستشهاد به</translation>
    </message>
    <message>
        <source>Add a person, organisation, group or state body</source>
        <translation>أضف شخصًا أو منظمة أو مجموعة أو جهة حكومية</translation>
    </message>
    <message>
        <source>Add a place events can happen at</source>
        <translation>أضف مكانًا يمكن أن تقع فيه الأحداث</translation>
    </message>
    <message>
        <source>Delete the selected records (Undo brings them back)</source>
        <translation>احذف السجلات المحددة (يعيدها التراجع)</translation>
    </message>
    <message>
        <source>Take back the last edit</source>
        <translation>تراجع عن آخر تعديل</translation>
    </message>
    <message>
        <source>Make the edit taken back again</source>
        <translation>أعد التعديل الذي تراجعت عنه</translation>
    </message>
    <message>
        <source>Search the list: words match by their beginning, in any script</source>
        <translation>ابحث في القائمة: تُطابَق الكلمات ببداياتها، بأي نظام كتابة</translation>
    </message>
    <message>
        <source>Import events or sources from CSV, JSON, CSL-JSON, RIS or BibTeX</source>
        <translation>استورد أحداثًا أو مصادر من CSV أو JSON أو CSL-JSON أو RIS أو BibTeX</translation>
    </message>
    <message>
        <source>Print a briefing report (PDF) with its marking and redaction</source>
        <translation>اطبع تقريرًا موجزًا (PDF) بتصنيفه وحجبه</translation>
    </message>
    <message>
        <source>Bring in the changes of a copy of this archive made elsewhere</source>
        <translation>اجلب تغييرات نسخة من هذا الأرشيف أُعدّت في مكان آخر</translation>
    </message>
    <message>
        <source>See this archive&apos;s automatic backups, restore one or back up now</source>
        <translation>اعرض النسخ الاحتياطية التلقائية لهذا الأرشيف، أو استعد إحداها أو انسخ احتياطيًا الآن</translation>
    </message>
    <message>
        <source>Remove the selected records for good, from the archive and its backups</source>
        <translation>امحُ السجلات المحددة نهائيًا من الأرشيف ونسخه الاحتياطية</translation>
    </message>
    <message>
        <source>Show every event on the timeline</source>
        <translation>اعرض كل الأحداث على الخط الزمني</translation>
    </message>
    <message>
        <source>Change-log name, report defaults, backups, language</source>
        <translation>الاسم في سجل التغييرات، وإعدادات التقارير، والنسخ الاحتياطية، واللغة</translation>
    </message>
    <message>
        <source>The guide to Casefile, offline</source>
        <translation>دليل Casefile، دون اتصال بالإنترنت</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation>كل اختصارات لوحة المفاتيح في هذه النافذة</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>جارٍ تصدير %1…</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>كُتب %1 في %2.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Events (*.csv)</source>
        <translation>الأحداث (*.csv)</translation>
    </message>
    <message>
        <source>Casefile JSON (*.json)</source>
        <translation>Casefile JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
</context>
<context>
    <name>TransferJob</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>أُلغي؛ لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Casefile</source>
        <translation>مرحبًا بك في Casefile</translation>
    </message>
    <message>
        <source>&lt;p&gt;Casefile keeps the events of a case and the sources that back them in one archive file, and prints briefing reports from it.&lt;/p&gt;&lt;p&gt;The window has three linked panes. The &lt;b&gt;list&lt;/b&gt; on the left holds the events (and, in its tabs, sources, actors and places), with search and filters. The &lt;b&gt;detail&lt;/b&gt; pane on the right is the selected record as a form: every edit is saved at once, and Undo takes it back. The &lt;b&gt;timeline&lt;/b&gt; below draws the events on a time axis; uncertain dates show as ranges, and selecting there selects in the list.&lt;/p&gt;&lt;p&gt;Help ▸ User Guide explains the whole workflow, from the first event to a printed brief.&lt;/p&gt;</source>
        <comment>left/right as in a left-to-right layout: in Arabic the list is on the right and the detail on the left</comment>
        <translation>&lt;p&gt;يحفظ Casefile أحداث القضية والمصادر التي تدعمها في ملف أرشيف واحد، ويطبع منه تقارير موجزة.&lt;/p&gt;&lt;p&gt;في النافذة ثلاث لوحات مترابطة. &lt;b&gt;القائمة&lt;/b&gt; على اليمين تضم الأحداث (وفي علاماتها الأخرى المصادر والفاعلين والأماكن)، مع البحث والتصفية. ولوحة &lt;b&gt;التفاصيل&lt;/b&gt; على اليسار هي السجل المحدد في صورة نموذج: يُحفظ كل تعديل فورًا، ويعيده التراجع. و&lt;b&gt;الخط الزمني&lt;/b&gt; في الأسفل يرسم الأحداث على محور زمني؛ تظهر التواريخ غير المؤكدة نطاقاتٍ، والتحديد فيه يحدد في القائمة.&lt;/p&gt;&lt;p&gt;يشرح «مساعدة ◂ دليل المستخدم» سير العمل كله، من أول حدث إلى تقرير مطبوع.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Before you start: what name should Casefile write into the change log?</source>
        <translation>قبل أن تبدأ: ما الاسم الذي يكتبه Casefile في سجل التغييرات؟</translation>
    </message>
    <message>
        <source>Name in the change log</source>
        <translation>الاسم في سجل التغييرات</translation>
    </message>
    <message>
        <source>Open the Demo Archive</source>
        <translation>فتح الأرشيف التجريبي</translation>
    </message>
    <message>
        <source>A sample case (the 2017 campaigns against the purge in Chechnya) to try everything on; your own archives stay apart.</source>
        <translation>قضية نموذجية (حملات عام 2017 ضد حملة التطهير في الشيشان) لتجربة كل شيء؛ وتبقى أرشيفاتك منفصلة.</translation>
    </message>
    <message>
        <source>New Archive…</source>
        <translation>أرشيف جديد…</translation>
    </message>
    <message>
        <source>Open Archive…</source>
        <translation>فتح أرشيف…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>مرجَّح</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>ممكن</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>مجهول</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>دقيق</translation>
    </message>
    <message>
        <source>vicinity</source>
        <translation>الجوار</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>البلدة</translation>
    </message>
    <message>
        <source>region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>حسّاس</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <source>news article</source>
        <translation>مقال إخباري</translation>
    </message>
    <message>
        <source>NGO report</source>
        <translation>تقرير منظمة غير حكومية</translation>
    </message>
    <message>
        <source>official document</source>
        <translation>وثيقة رسمية</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <source>social media post</source>
        <translation>منشور على وسائل التواصل</translation>
    </message>
    <message>
        <source>photo video</source>
        <translation>صورة أو فيديو</translation>
    </message>
    <message>
        <source>legal filing</source>
        <translation>مستند قضائي</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>يدعم</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>يناقض</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>بالضبط</translation>
    </message>
    <message>
        <source>about</source>
        <translation>نحو</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>على الأقل</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>على الأكثر</translation>
    </message>
    <message>
        <source>page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>timecode</source>
        <translation>توقيت زمني</translation>
    </message>
    <message>
        <source>section</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>صفحة ويب</translation>
    </message>
    <message>
        <source>full page capture</source>
        <translation>لقطة صفحة كاملة</translation>
    </message>
    <message>
        <source>pdf</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>media</source>
        <translation>وسائط</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>مسح ضوئي</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>منظِّم</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>ضحية</translation>
    </message>
    <message>
        <source>perpetrator</source>
        <translation>مرتكب</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>سلطة</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>intervening party</source>
        <translation>طرف متدخل</translation>
    </message>
    <message>
        <source>protest</source>
        <translation>احتجاج</translation>
    </message>
    <message>
        <source>petition</source>
        <translation>عريضة</translation>
    </message>
    <message>
        <source>detention</source>
        <translation>احتجاز</translation>
    </message>
    <message>
        <source>killing</source>
        <translation>قتل</translation>
    </message>
    <message>
        <source>torture</source>
        <translation>تعذيب</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>بيان</translation>
    </message>
    <message>
        <source>evacuation</source>
        <translation>إجلاء</translation>
    </message>
    <message>
        <source>visa granted</source>
        <translation>منح تأشيرة</translation>
    </message>
    <message>
        <source>report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>investigation</source>
        <translation>تحقيق</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>موثوق تمامًا</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>موثوق عادةً</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>موثوق إلى حد ما</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>غير موثوق عادةً</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>غير موثوق</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>لا يمكن الحكم على الموثوقية</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>مؤكَّد من مصادر أخرى</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>صحيح على الأرجح</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>ربما صحيح</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>مشكوك فيه</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>غير محتمل</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>لا يمكن الحكم على الصحة</translation>
    </message>
    <message>
        <source>Photo or video</source>
        <translation>صورة أو فيديو</translation>
    </message>
    <message>
        <source>Social-media post</source>
        <translation>منشور على وسائل التواصل</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <source>event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>فاعل</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>استشهاد</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>involvement</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <source>event relation</source>
        <translation>علاقة بين حدثين</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>ملف القضية</translation>
    </message>
    <message>
        <source>— not graded</source>
        <translation>— بلا درجة</translation>
    </message>
    <message>
        <source>the event “%1”</source>
        <translation>الحدث «%1»</translation>
    </message>
    <message>
        <source>the source “%1”</source>
        <translation>المصدر «%1»</translation>
    </message>
    <message>
        <source>the actor “%1”</source>
        <translation>الفاعل «%1»</translation>
    </message>
    <message>
        <source>the place “%1”</source>
        <translation>المكان «%1»</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot undo: %1 has changed this %2 since (%4 UTC); undo would remove it with their change.</source>
        <translation>تعذّر التراجع: غيّر %1 هذا السجل (%2) منذ ذلك الحين (%4 UTC)؛ التراجع سيحذفه مع تغييره.</translation>
    </message>
    <message>
        <source>Cannot redo: %1 has changed this %2 since (%4 UTC); redo would remove it with their change.</source>
        <translation>تعذّرت الإعادة: غيّر %1 هذا السجل (%2) منذ ذلك الحين (%4 UTC)؛ الإعادة ستحذفه مع تغييره.</translation>
    </message>
    <message>
        <source>Cannot undo: %1 has since changed this %2&apos;s %3 again (%4 UTC); undo would overwrite their change.</source>
        <translation>تعذّر التراجع: غيّر %1 منذ ذلك الحين في هذا السجل (%2) الحقول: %3 مرة أخرى (%4 UTC)؛ التراجع سيكتب فوق تغييره.</translation>
    </message>
    <message>
        <source>Cannot redo: %1 has since changed this %2&apos;s %3 again (%4 UTC); redo would overwrite their change.</source>
        <translation>تعذّرت الإعادة: غيّر %1 منذ ذلك الحين في هذا السجل (%2) الحقول: %3 مرة أخرى (%4 UTC)؛ الإعادة ستكتب فوق تغييره.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n حدث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%n أحداث</numerusform>
            <numerusform>%n حدثًا</numerusform>
            <numerusform>%n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation>
            <numerusform>%n حدث مؤرَّخ</numerusform>
            <numerusform>حدث مؤرَّخ واحد</numerusform>
            <numerusform>حدثان مؤرَّخان</numerusform>
            <numerusform>%n أحداث مؤرَّخة</numerusform>
            <numerusform>%n حدثًا مؤرَّخًا</numerusform>
            <numerusform>%n حدث مؤرَّخ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s) graded A–C</source>
        <translation>
            <numerusform>%n مصدر مستقل بدرجة A–C</numerusform>
            <numerusform>مصدر مستقل واحد بدرجة A–C</numerusform>
            <numerusform>مصدران مستقلان بدرجة A–C</numerusform>
            <numerusform>%n مصادر مستقلة بدرجة A–C</numerusform>
            <numerusform>%n مصدرًا مستقلًا بدرجة A–C</numerusform>
            <numerusform>%n مصدر مستقل بدرجة A–C</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%n بايتات</numerusform>
            <numerusform>%n بايتًا</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n سجل</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفين</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n حقل</numerusform>
            <numerusform>حقل واحد</numerusform>
            <numerusform>حقلان</numerusform>
            <numerusform>%n حقول</numerusform>
            <numerusform>%n حقلًا</numerusform>
            <numerusform>%n حقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) here; click to list them</source>
        <translation>
            <numerusform>%n حدث آخر هنا؛ انقر لعرض القائمة</numerusform>
            <numerusform>حدث آخر هنا؛ انقر لعرضه</numerusform>
            <numerusform>حدثان آخران هنا؛ انقر لعرضهما</numerusform>
            <numerusform>%n أحداث أخرى هنا؛ انقر لعرضها</numerusform>
            <numerusform>%n حدثًا آخر هنا؛ انقر لعرضها</numerusform>
            <numerusform>%n حدث آخر هنا؛ انقر لعرضها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more: zoom in</source>
        <translation>
            <numerusform>%n أخرى: كبّر</numerusform>
            <numerusform>واحد آخر: كبّر</numerusform>
            <numerusform>اثنان آخران: كبّر</numerusform>
            <numerusform>%n أخرى: كبّر</numerusform>
            <numerusform>%n أخرى: كبّر</numerusform>
            <numerusform>%n أخرى: كبّر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were withheld by the redaction profile.</source>
        <translation>
            <numerusform>لم يحجب ملف الحجب أي عنصر.</numerusform>
            <numerusform>حجب ملف الحجب عنصرًا واحدًا.</numerusform>
            <numerusform>حجب ملف الحجب عنصرين.</numerusform>
            <numerusform>حجب ملف الحجب %n عناصر.</numerusform>
            <numerusform>حجب ملف الحجب %n عنصرًا.</numerusform>
            <numerusform>حجب ملف الحجب %n عنصر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n نسخة احتياطية</numerusform>
            <numerusform>نسخة احتياطية واحدة</numerusform>
            <numerusform>نسختان احتياطيتان</numerusform>
            <numerusform>%n نسخ احتياطية</numerusform>
            <numerusform>%n نسخة احتياطية</numerusform>
            <numerusform>%n نسخة احتياطية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n record(s)</source>
        <translation>
            <numerusform>لم يُمحَ أي سجل</numerusform>
            <numerusform>مُحي سجل واحد</numerusform>
            <numerusform>مُحي سجلان</numerusform>
            <numerusform>مُحيت %n سجلات</numerusform>
            <numerusform>مُحي %n سجلًا</numerusform>
            <numerusform>مُحي %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>erased the values of %n change-log entry(ies)</source>
        <translation>
            <numerusform>لم تُمحَ قيم أي مدخل في سجل التغييرات</numerusform>
            <numerusform>مُحيت قيم مدخل واحد في سجل التغييرات</numerusform>
            <numerusform>مُحيت قيم مدخلين في سجل التغييرات</numerusform>
            <numerusform>مُحيت قيم %n مدخلات في سجل التغييرات</numerusform>
            <numerusform>مُحيت قيم %n مدخلًا في سجل التغييرات</numerusform>
            <numerusform>مُحيت قيم %n مدخل في سجل التغييرات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rewrote %n backup(s)</source>
        <translation>
            <numerusform>لم تُعد كتابة أي نسخة احتياطية</numerusform>
            <numerusform>أُعيدت كتابة نسخة احتياطية واحدة</numerusform>
            <numerusform>أُعيدت كتابة نسختين احتياطيتين</numerusform>
            <numerusform>أُعيدت كتابة %n نسخ احتياطية</numerusform>
            <numerusform>أُعيدت كتابة %n نسخة احتياطية</numerusform>
            <numerusform>أُعيدت كتابة %n نسخة احتياطية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates (%n)</source>
        <translation>
            <numerusform>تكرارات محتملة (%n)</numerusform>
            <numerusform>تكرارات محتملة (%n)</numerusform>
            <numerusform>تكرارات محتملة (%n)</numerusform>
            <numerusform>تكرارات محتملة (%n)</numerusform>
            <numerusform>تكرارات محتملة (%n)</numerusform>
            <numerusform>تكرارات محتملة (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n مصدر</numerusform>
            <numerusform>مصدر واحد</numerusform>
            <numerusform>مصدران</numerusform>
            <numerusform>%n مصادر</numerusform>
            <numerusform>%n مصدرًا</numerusform>
            <numerusform>%n مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n فاعل</numerusform>
            <numerusform>فاعل واحد</numerusform>
            <numerusform>فاعلان</numerusform>
            <numerusform>%n فاعلين</numerusform>
            <numerusform>%n فاعلًا</numerusform>
            <numerusform>%n فاعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n مكان</numerusform>
            <numerusform>مكان واحد</numerusform>
            <numerusform>مكانان</numerusform>
            <numerusform>%n أماكن</numerusform>
            <numerusform>%n مكانًا</numerusform>
            <numerusform>%n مكان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 من %n حدث</numerusform>
            <numerusform>%1 من حدث واحد</numerusform>
            <numerusform>%1 من حدثين</numerusform>
            <numerusform>%1 من %n أحداث</numerusform>
            <numerusform>%1 من %n حدثًا</numerusform>
            <numerusform>%1 من %n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s)</source>
        <translation>
            <numerusform>%1 من %n مصدر</numerusform>
            <numerusform>%1 من مصدر واحد</numerusform>
            <numerusform>%1 من مصدرين</numerusform>
            <numerusform>%1 من %n مصادر</numerusform>
            <numerusform>%1 من %n مصدرًا</numerusform>
            <numerusform>%1 من %n مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n actor(s)</source>
        <translation>
            <numerusform>%1 من %n فاعل</numerusform>
            <numerusform>%1 من فاعل واحد</numerusform>
            <numerusform>%1 من فاعلَين</numerusform>
            <numerusform>%1 من %n فاعلين</numerusform>
            <numerusform>%1 من %n فاعلًا</numerusform>
            <numerusform>%1 من %n فاعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s)</source>
        <translation>
            <numerusform>%1 من %n مكان</numerusform>
            <numerusform>%1 من مكان واحد</numerusform>
            <numerusform>%1 من مكانين</numerusform>
            <numerusform>%1 من %n أماكن</numerusform>
            <numerusform>%1 من %n مكانًا</numerusform>
            <numerusform>%1 من %n مكان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>حذف %n حدث؟</numerusform>
            <numerusform>حذف حدث واحد؟</numerusform>
            <numerusform>حذف حدثين؟</numerusform>
            <numerusform>حذف %n أحداث؟</numerusform>
            <numerusform>حذف %n حدثًا؟</numerusform>
            <numerusform>حذف %n حدث؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n source(s)?</source>
        <translation>
            <numerusform>حذف %n مصدر؟</numerusform>
            <numerusform>حذف مصدر واحد؟</numerusform>
            <numerusform>حذف مصدرين؟</numerusform>
            <numerusform>حذف %n مصادر؟</numerusform>
            <numerusform>حذف %n مصدرًا؟</numerusform>
            <numerusform>حذف %n مصدر؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n actor(s)?</source>
        <translation>
            <numerusform>حذف %n فاعل؟</numerusform>
            <numerusform>حذف فاعل واحد؟</numerusform>
            <numerusform>حذف فاعلَين؟</numerusform>
            <numerusform>حذف %n فاعلين؟</numerusform>
            <numerusform>حذف %n فاعلًا؟</numerusform>
            <numerusform>حذف %n فاعل؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n place(s)?</source>
        <translation>
            <numerusform>حذف %n مكان؟</numerusform>
            <numerusform>حذف مكان واحد؟</numerusform>
            <numerusform>حذف مكانين؟</numerusform>
            <numerusform>حذف %n أماكن؟</numerusform>
            <numerusform>حذف %n مكانًا؟</numerusform>
            <numerusform>حذف %n مكان؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) selected</source>
        <translation>
            <numerusform>لم يُختر أي حدث</numerusform>
            <numerusform>اختير حدث واحد</numerusform>
            <numerusform>اختير حدثان</numerusform>
            <numerusform>اختيرت %n أحداث</numerusform>
            <numerusform>اختير %n حدثًا</numerusform>
            <numerusform>اختير %n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) selected</source>
        <translation>
            <numerusform>لم يُختر أي مصدر</numerusform>
            <numerusform>اختير مصدر واحد</numerusform>
            <numerusform>اختير مصدران</numerusform>
            <numerusform>اختيرت %n مصادر</numerusform>
            <numerusform>اختير %n مصدرًا</numerusform>
            <numerusform>اختير %n مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) selected</source>
        <translation>
            <numerusform>لم يُختر أي فاعل</numerusform>
            <numerusform>اختير فاعل واحد</numerusform>
            <numerusform>اختير فاعلان</numerusform>
            <numerusform>اختير %n فاعلين</numerusform>
            <numerusform>اختير %n فاعلًا</numerusform>
            <numerusform>اختير %n فاعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) selected</source>
        <translation>
            <numerusform>لم يُختر أي مكان</numerusform>
            <numerusform>اختير مكان واحد</numerusform>
            <numerusform>اختير مكانان</numerusform>
            <numerusform>اختيرت %n أماكن</numerusform>
            <numerusform>اختير %n مكانًا</numerusform>
            <numerusform>اختير %n مكان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cite %n source(s)</source>
        <translation>
            <numerusform>الاستشهاد بـ%n مصدر</numerusform>
            <numerusform>الاستشهاد بمصدر واحد</numerusform>
            <numerusform>الاستشهاد بمصدرين</numerusform>
            <numerusform>الاستشهاد بـ%n مصادر</numerusform>
            <numerusform>الاستشهاد بـ%n مصدرًا</numerusform>
            <numerusform>الاستشهاد بـ%n مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New source(s) from a drop: %n</source>
        <translation>
            <numerusform>مصادر جديدة من عناصر مُفلَتة: %n</numerusform>
            <numerusform>مصدر جديد من عنصر مُفلَت</numerusform>
            <numerusform>مصدران جديدان من عناصر مُفلَتة</numerusform>
            <numerusform>%n مصادر جديدة من عناصر مُفلَتة</numerusform>
            <numerusform>%n مصدرًا جديدًا من عناصر مُفلَتة</numerusform>
            <numerusform>%n مصدر جديد من عناصر مُفلَتة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot move by %n day(s): edit the date in the form</source>
        <translation>
            <numerusform>لا يمكن نقل «%1» بمقدار %n يوم: عدّل التاريخ في النموذج</numerusform>
            <numerusform>لا يمكن نقل «%1» يومًا واحدًا: عدّل التاريخ في النموذج</numerusform>
            <numerusform>لا يمكن نقل «%1» يومين: عدّل التاريخ في النموذج</numerusform>
            <numerusform>لا يمكن نقل «%1» %n أيام: عدّل التاريخ في النموذج</numerusform>
            <numerusform>لا يمكن نقل «%1» %n يومًا: عدّل التاريخ في النموذج</numerusform>
            <numerusform>لا يمكن نقل «%1» %n يوم: عدّل التاريخ في النموذج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) may fall on %1; click to zoom in</source>
        <translation>
            <numerusform>قد يقع %n حدث في %1؛ انقر للتكبير</numerusform>
            <numerusform>قد يقع حدث واحد في %1؛ انقر للتكبير</numerusform>
            <numerusform>قد يقع حدثان في %1؛ انقر للتكبير</numerusform>
            <numerusform>قد تقع %n أحداث في %1؛ انقر للتكبير</numerusform>
            <numerusform>قد يقع %n حدثًا في %1؛ انقر للتكبير</numerusform>
            <numerusform>قد يقع %n حدث في %1؛ انقر للتكبير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used by %n event(s)</source>
        <translation>
            <numerusform>لا يستخدمه أي حدث</numerusform>
            <numerusform>يستخدمه حدث واحد</numerusform>
            <numerusform>يستخدمه حدثان</numerusform>
            <numerusform>تستخدمه %n أحداث</numerusform>
            <numerusform>يستخدمه %n حدثًا</numerusform>
            <numerusform>يستخدمه %n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n event(s)</source>
        <translation>
            <numerusform>لا يستشهد به أي حدث</numerusform>
            <numerusform>يستشهد به حدث واحد</numerusform>
            <numerusform>يستشهد به حدثان</numerusform>
            <numerusform>تستشهد به %n أحداث</numerusform>
            <numerusform>يستشهد به %n حدثًا</numerusform>
            <numerusform>يستشهد به %n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merge conflict(s)</source>
        <translation>
            <numerusform>%n تعارض دمج</numerusform>
            <numerusform>تعارض دمج واحد</numerusform>
            <numerusform>تعارضا دمج</numerusform>
            <numerusform>%n تعارضات دمج</numerusform>
            <numerusform>%n تعارضًا في الدمج</numerusform>
            <numerusform>%n تعارض دمج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n of its backups are rewritten without it too (a purge that left copies would be no purge).</source>
        <translation>
            <numerusform>لا نسخ احتياطية تُعاد كتابتها.</numerusform>
            <numerusform>تُعاد كتابة نسخته الاحتياطية الوحيدة دونه أيضًا (فالمحو الذي يترك نسخًا ليس محوًا).</numerusform>
            <numerusform>تُعاد كتابة نسختيه الاحتياطيتين دونه أيضًا (فالمحو الذي يترك نسخًا ليس محوًا).</numerusform>
            <numerusform>تُعاد كتابة نسخه الاحتياطية الـ%n كلها دونه أيضًا (فالمحو الذي يترك نسخًا ليس محوًا).</numerusform>
            <numerusform>تُعاد كتابة نسخه الاحتياطية الـ%n كلها دونه أيضًا (فالمحو الذي يترك نسخًا ليس محوًا).</numerusform>
            <numerusform>تُعاد كتابة نسخه الاحتياطية الـ%n كلها دونه أيضًا (فالمحو الذي يترك نسخًا ليس محوًا).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment file(s)</source>
        <translation>
            <numerusform>%n ملف مرفق</numerusform>
            <numerusform>ملف مرفق واحد</numerusform>
            <numerusform>ملفان مرفقان</numerusform>
            <numerusform>%n ملفات مرفقة</numerusform>
            <numerusform>%n ملفًا مرفقًا</numerusform>
            <numerusform>%n ملف مرفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n استشهاد</numerusform>
            <numerusform>استشهاد واحد</numerusform>
            <numerusform>استشهادان</numerusform>
            <numerusform>%n استشهادات</numerusform>
            <numerusform>%n استشهادًا</numerusform>
            <numerusform>%n استشهاد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n رقم</numerusform>
            <numerusform>رقم واحد</numerusform>
            <numerusform>رقمان</numerusform>
            <numerusform>%n أرقام</numerusform>
            <numerusform>%n رقمًا</numerusform>
            <numerusform>%n رقم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n involvement(s)</source>
        <translation>
            <numerusform>%n مشاركة</numerusform>
            <numerusform>مشاركة واحدة</numerusform>
            <numerusform>مشاركتان</numerusform>
            <numerusform>%n مشاركات</numerusform>
            <numerusform>%n مشاركةً</numerusform>
            <numerusform>%n مشاركة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n علاقة</numerusform>
            <numerusform>علاقة واحدة</numerusform>
            <numerusform>علاقتان</numerusform>
            <numerusform>%n علاقات</numerusform>
            <numerusform>%n علاقةً</numerusform>
            <numerusform>%n علاقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n وسم</numerusform>
            <numerusform>وسم واحد</numerusform>
            <numerusform>وسمان</numerusform>
            <numerusform>%n وسوم</numerusform>
            <numerusform>%n وسمًا</numerusform>
            <numerusform>%n وسم</numerusform>
        </translation>
    </message>
</context>
</TS>
