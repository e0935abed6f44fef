<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Actions</name>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Новое место</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Archive…</source>
        <translation>&amp;Новый архив…</translation>
    </message>
    <message>
        <source>New &amp;Encrypted Archive…</source>
        <translation>Новый &amp;зашифрованный архив…</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>&amp;Открыть архив…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>Open &amp;Demo Archive</source>
        <translation>Открыть &amp;демонстрационный архив</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import Archival &amp;Bag Folder…</source>
        <translation>Импорт архивного &amp;пакета (папка)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Events as &amp;CSV…</source>
        <translation>События в &amp;CSV…</translation>
    </message>
    <message>
        <source>Whole archive as &amp;JSON…</source>
        <translation>Весь архив в &amp;JSON…</translation>
    </message>
    <message>
        <source>Archival &amp;Bag…</source>
        <translation>Архивный &amp;пакет (BagIt)…</translation>
    </message>
    <message>
        <source>&amp;Merge Archive…</source>
        <translation>&amp;Объединить с архивом…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Экспорт &amp;отчёта…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>Encrypt Archive…</source>
        <translation>Зашифровать архив…</translation>
    </message>
    <message>
        <source>Decrypt Archive…</source>
        <translation>Расшифровать архив…</translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;Close Archive</source>
        <translation>&amp;Закрыть архив</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>New &amp;Event</source>
        <translation>Новое &amp;событие</translation>
    </message>
    <message>
        <source>New &amp;Source</source>
        <translation>Новый &amp;источник</translation>
    </message>
    <message>
        <source>New &amp;Actor</source>
        <translation>Новый &amp;участник</translation>
    </message>
    <message>
        <source>New &amp;Place</source>
        <translation>Новое &amp;место</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>P&amp;urge…</source>
        <translation>Стереть &amp;навсегда…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>&amp;Карточка</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Шкала времени</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;Вписать шкалу времени</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Casefile</source>
        <translation>&amp;О программе Casefile</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Не отменено</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>Недавних архивов нет</translation>
    </message>
    <message>
        <source>About Casefile</source>
        <translation>О программе Casefile</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casefile %1&lt;/h3&gt;&lt;p&gt;Offline case files of events and the sources that back them, with printed briefing reports.&lt;/p&gt;&lt;p&gt;Casefile never connects to the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casefile %1&lt;/h3&gt;&lt;p&gt;Досье событий и подтверждающих их источников без интернета, с печатными аналитическими отчётами.&lt;/p&gt;&lt;p&gt;Casefile никогда не подключается к сети.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <source>Protected person: reports print “%1” instead of the name.</source>
        <translation>Лицо под защитой: в отчётах печатается «%1» вместо имени.</translation>
    </message>
    <message>
        <source>Protected person: set a pseudonym (e.g. “Witness A”) for reports to print instead of the name.</source>
        <translation>Лицо под защитой: задайте псевдоним (например, «Свидетель А»), который отчёты напечатают вместо имени.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Original script</source>
        <translation>Исходное написание</translation>
    </message>
    <message>
        <source>name in original script</source>
        <translation>имя в исходном написании</translation>
    </message>
    <message>
        <source>e.g. Новая газета</source>
        <translation>например, Новая газета</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>separate with ;</source>
        <translation>разделяйте точкой с запятой ;</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>Protected person: never print the real name</source>
        <translation>Лицо под защитой: никогда не печатать настоящее имя</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>e.g. Witness A</source>
        <translation>например, Свидетель А</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>Упоминается:</translation>
    </message>
</context>
<context>
    <name>ArchiveFiles</name>
    <message>
        <source>Casefile archives (*.casefile);;All files (*)</source>
        <translation>Архивы Casefile (*.casefile);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This file is not a Casefile archive</source>
        <translation>Этот файл не архив Casefile</translation>
    </message>
    <message>
        <source>This archive is damaged</source>
        <translation>Архив повреждён</translation>
    </message>
    <message>
        <source>This archive needs a newer Casefile</source>
        <translation>Для этого архива нужна более новая версия Casefile</translation>
    </message>
    <message>
        <source>This archive is already open</source>
        <translation>Этот архив уже открыт</translation>
    </message>
    <message>
        <source>This is a folder, not an archive</source>
        <translation>Это папка, а не архив</translation>
    </message>
    <message>
        <source>This archive does not exist</source>
        <translation>Такого архива нет</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>Новый архив</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Открыть архив</translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation>Не удалось открыть архив</translation>
    </message>
    <message>
        <source>%1

The file was not changed.</source>
        <translation>%1

Файл не изменён.</translation>
    </message>
    <message>
        <source>SQLite reports damage in %1:</source>
        <translation>SQLite сообщает о повреждении %1:</translation>
    </message>
    <message>
        <source>

Restore it from a backup before editing further.</source>
        <translation>

Восстановите его из резервной копии, прежде чем продолжать правку.</translation>
    </message>
    <message>
        <source>This archive is damaged; it was opened read-only and will not be written to.</source>
        <translation>Архив повреждён; он открыт только для чтения, и в него ничего не будет записано.</translation>
    </message>
    <message>
        <source>Restore the Newest Good Backup…</source>
        <translation>Восстановить последнюю исправную копию…</translation>
    </message>
    <message>
        <source>%1

Restore it from a backup, or export what still reads.</source>
        <translation>%1

Восстановите архив из резервной копии или экспортируйте то, что ещё читается.</translation>
    </message>
    <message>
        <source>%1

Restore it from a backup (casefile restore), or export what still reads.</source>
        <translation>%1

Восстановите архив из резервной копии (casefile restore) или экспортируйте то, что ещё читается.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Each file’s SHA-256 is kept as proof of what was captured.</source>
        <translation>Перетащите сюда файлы, чтобы прикрепить их. SHA-256 каждого файла сохраняется как доказательство того, что было зафиксировано.</translation>
    </message>
    <message>
        <source>Could not attach: %1</source>
        <translation>Не удалось прикрепить: %1</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>Не удалось открыть файл: %1</translation>
    </message>
    <message>
        <source>Could not save the copy: %1</source>
        <translation>Не удалось сохранить копию: %1</translation>
    </message>
    <message>
        <source>What this file is; change it if the guess from its type is wrong</source>
        <translation>Что это за файл; измените, если догадка по его типу неверна</translation>
    </message>
    <message>
        <source>Change attachment kind</source>
        <translation>Изменить вид вложения</translation>
    </message>
    <message>
        <source>Open a file that may run?</source>
        <translation>Открыть файл, который может запуститься?</translation>
    </message>
    <message>
        <source>“%1” may be a program: %2.

Opening it can run it on this computer, and a program can damage your files or send what is on this computer elsewhere. Open it only if you trust where it came from; Save a copy… keeps it without running it.</source>
        <translation>«%1» может быть программой: %2.

При открытии она может запуститься на этом компьютере, а программа способна повредить ваши файлы или отправить куда-то то, что есть на компьютере. Открывайте, только если доверяете её источнику; «Сохранить копию…» сохранит файл, не запуская его.</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Всё равно открыть</translation>
    </message>
    <message>
        <source>Write an unencrypted copy?</source>
        <translation>Записать незашифрованную копию?</translation>
    </message>
    <message>
        <source>This archive is encrypted, but opening “%1” puts an unencrypted copy on the disk: %2.

It is deleted when the archive closes, but the disk may keep its blocks.</source>
        <translation>Этот архив зашифрован, но при открытии «%1» на диске появится незашифрованная копия: %2.

Она удаляется при закрытии архива, но диск может сохранить её блоки.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>on open</source>
        <translation>при открытии</translation>
    </message>
    <message>
        <source>on close</source>
        <translation>при закрытии</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <source>before migration from schema %1</source>
        <translation>перед обновлением со схемы %1</translation>
    </message>
    <message>
        <source>before merging %1</source>
        <translation>перед объединением с %1</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>байт</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>КБ</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>File ▸ Backups… needs an open archive</source>
        <translation>Для «Файл ▸ Резервные копии…» нужен открытый архив</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;%1&lt;/b&gt;, newest first. Casefile takes one when the archive opens (if the last is over 30 minutes old), when it closes, and before migrations, imports, merges and encryption.</source>
        <translation>Резервные копии &lt;b&gt;%1&lt;/b&gt;, сначала новые. Casefile делает копию при открытии архива (если последней больше 30 минут), при закрытии, а также перед обновлением схемы, импортом, объединением и шифрованием.</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Хранятся в %1</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>No backups yet: Back Up Now takes the first.</source>
        <translation>Резервных копий пока нет: «Создать копию сейчас» сделает первую.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <source>Backed up (%1, %2).</source>
        <translation>Копия создана (%1, %2).</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Восстановить эту копию?</translation>
    </message>
    <message>
        <source>Replace %1 by the backup of %2 (%3)?

Changes made since then will not be in the archive. The current file is not deleted: it is kept next to the archive, and a backup of it is taken as it closes.</source>
        <translation>Заменить %1 резервной копией от %2 (%3)?

Изменений, сделанных с тех пор, в архиве не будет. Текущий файл не удаляется: он сохраняется рядом с архивом, а при закрытии с него делается резервная копия.</translation>
    </message>
    <message>
        <source>Could not restore: %1. The archive was not changed.</source>
        <translation>Не удалось восстановить: %1. Архив не изменён.</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The file it replaced was kept next to the archive as %2.</source>
        <translation>Восстановлена копия от %1. Заменённый файл сохранён рядом с архивом как %2.</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Сохранение копии как %1…</translation>
    </message>
    <message>
        <source>Saved a copy of %1 (%2) as %3.</source>
        <translation>Копия %1 (%2) сохранена как %3.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Casefile archives (*.casefile)</source>
        <translation>Архивы Casefile (*.casefile)</translation>
    </message>
    <message>
        <source>A copy cannot replace the archive itself; choose another name.</source>
        <translation>Копия не может заменить сам архив; выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>BagExport</name>
    <message>
        <source>Writing the archival bag %1…</source>
        <translation>Запись архивного пакета %1…</translation>
    </message>
    <message>
        <source>Wrote the archival bag %1: %2 and %3, each with its SHA-256 and SHA-512 checksums.</source>
        <translation>Архивный пакет %1 записан: %2 и %3, у каждого контрольные суммы SHA-256 и SHA-512.</translation>
    </message>
    <message>
        <source>Save the archival bag as a new folder</source>
        <translation>Сохранить архивный пакет в новую папку</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Папка (*)</translation>
    </message>
    <message>
        <source>Archival bag written</source>
        <translation>Архивный пакет записан</translation>
    </message>
    <message>
        <source>The bag was not written</source>
        <translation>Пакет не записан</translation>
    </message>
</context>
<context>
    <name>BoundDateField</name>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
</context>
<context>
    <name>CitationDialog</name>
    <message>
        <source>Edit citation</source>
        <translation>Изменить ссылку</translation>
    </message>
    <message>
        <source>Add citation</source>
        <translation>Добавить ссылку</translation>
    </message>
    <message>
        <source>Search sources: title, outlet, words in the text…</source>
        <translation>Поиск источников: название, издание, слова в тексте…</translation>
    </message>
    <message>
        <source>No source chosen yet.</source>
        <translation>Источник пока не выбран.</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Новый источник…</translation>
    </message>
    <message>
        <source>Make a source with the title typed above and cite it (one undo step)</source>
        <translation>Создать источник с введённым выше названием и сослаться на него (один шаг отмены)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Указатель места</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Quote language</source>
        <translation>Язык цитаты</translation>
    </message>
    <message>
        <source>BCP 47, e.g. en, ru, ce-Cyrl</source>
        <translation>BCP 47, например en, ru, ce-Cyrl</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Язык перевода</translation>
    </message>
    <message>
        <source>the translation&apos;s language, e.g. en</source>
        <translation>язык перевода, например en</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Independent of the event’s other sources</source>
        <translation>Не зависит от других источников события</translation>
    </message>
    <message>
        <source>Quote may be printed in reports</source>
        <translation>Цитату можно печатать в отчётах</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Chosen: a new source, “%1” (made when you save)</source>
        <translation>Выбрано: новый источник «%1» (будет создан при сохранении)</translation>
    </message>
    <message>
        <source>Choose the source this citation comes from, or make a new one.</source>
        <translation>Выберите источник этой ссылки или создайте новый.</translation>
    </message>
    <message>
        <source>New source “%1”</source>
        <translation>Новый источник «%1»</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
</context>
<context>
    <name>CitationsSection</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Add citation…</source>
        <translation>Добавить ссылку…</translation>
    </message>
    <message>
        <source>No citations yet: which sources back this event?</source>
        <translation>Ссылок пока нет: какие источники подтверждают это событие?</translation>
    </message>
    <message>
        <source>Reliability %1, credibility %2; %3</source>
        <translation>Надёжность %1, достоверность %2; %3</translation>
    </message>
    <message>
        <source>; not independent</source>
        <translation>; не независимый</translation>
    </message>
    <message>
        <source>Add citation</source>
        <translation>Добавить ссылку</translation>
    </message>
    <message>
        <source>Edit citation</source>
        <translation>Изменить ссылку</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>New %1</source>
        <translation>Создать: %1</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Прикрепить %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить: %1</translation>
    </message>
    <message>
        <source>Delete %1: %2</source>
        <translation>Удалить: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Save your value over theirs (their change stays in the log and in undo)</source>
        <translation>Сохранить ваше значение поверх их версии (их изменение остаётся в журнале и в отмене)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять их версию</translation>
    </message>
    <message>
        <source>Drop your typing and show their value</source>
        <translation>Отбросить ваш ввод и показать их значение</translation>
    </message>
    <message>
        <source>Not saved: %1 changed this %2 at %3 UTC, after you began editing.</source>
        <translation>Не сохранено: %1 изменил(а) эту запись (%2) в %3 UTC, уже после того, как вы начали правку.</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>Ваша версия: %1</translation>
    </message>
    <message>
        <source>Theirs (%1): %2</source>
        <translation>Их версия (%1): %2</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Refused: %1 has changed this %2 since (%3); removing it now would lose their change.</source>
        <translation>Отказано: %1 с тех пор изменил(а) эту запись (%2) (%3); удаление сейчас уничтожило бы это изменение.</translation>
    </message>
    <message>
        <source>Refused: %1 has since changed this %2 again (%3); putting the old value back would overwrite their change.</source>
        <translation>Отказано: %1 с тех пор снова изменил(а) эту запись (%2) (%3); возврат старого значения затёр бы это изменение.</translation>
    </message>
    <message>
        <source>Not saved: %1 changed this %2 at %3, after you began editing. Nothing was overwritten.</source>
        <translation>Не сохранено: %1 изменил(а) эту запись (%2) в %3, уже после того как вы начали правку. Ничего не перезаписано.</translation>
    </message>
    <message>
        <source>%1 — yours: %2; theirs (%3): %4</source>
        <translation>%1 — ваше: %2; их (%3): %4</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Merge Conflicts</source>
        <translation>Конфликты объединения</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>They are the same</source>
        <translation>Это одно и то же</translation>
    </message>
    <message>
        <source>They are different</source>
        <translation>Это разные записи</translation>
    </message>
    <message>
        <source>Records the merge brought in that may be ones this archive already has. “The same” keeps the first and moves everything that refers to the second to it.</source>
        <translation>Записи, принесённые объединением, которые, возможно, уже есть в этом архиве. «Это одно и то же» оставляет первую и переносит на неё всё, что ссылается на вторую.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Nothing here blocks work: until you choose, each record keeps the value it has here.</source>
        <translation>Это не мешает работе: пока вы не выберете, каждая запись сохраняет своё здешнее значение.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1: “%2” and “%3” — %4</source>
        <translation>%1: «%2» и «%3» — %4</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Нерешённых конфликтов нет.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Here (ours)</source>
        <translation>Здесь (наше)</translation>
    </message>
    <message>
        <source>There (theirs)</source>
        <translation>Там (их)</translation>
    </message>
    <message>
        <source>Or type a value</source>
        <translation>Или введите значение</translation>
    </message>
    <message>
        <source>Keep ours for every field</source>
        <translation>Оставить наше во всех полях</translation>
    </message>
    <message>
        <source>Take theirs for every field</source>
        <translation>Взять их версию во всех полях</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Оставить наше</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять их версию</translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation>Оставить удалённым</translation>
    </message>
    <message>
        <source>Restore theirs</source>
        <translation>Восстановить их версию</translation>
    </message>
    <message>
        <source>Delete as there</source>
        <translation>Удалить, как там</translation>
    </message>
    <message>
        <source>Restore and take theirs</source>
        <translation>Восстановить и взять их версию</translation>
    </message>
    <message>
        <source>a value of your own</source>
        <translation>своё значение</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Использовать</translation>
    </message>
    <message>
        <source>Deleted here, changed there</source>
        <translation>Удалено здесь, изменено там</translation>
    </message>
    <message>
        <source>Changed here, deleted there</source>
        <translation>Изменено здесь, удалено там</translation>
    </message>
    <message>
        <source>(set there to a %1 deleted here)</source>
        <translation>(там указано: %1, удалённое здесь)</translation>
    </message>
    <message>
        <source>%1 (deleted here)</source>
        <translation>%1 (удалено здесь)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>вместе с: %1</translation>
    </message>
    <message>
        <source>(a %1 not in this archive)</source>
        <translation>(%1 — нет в этом архиве)</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>Resolve conflicts: %1</source>
        <translation>Решить конфликты: %1</translation>
    </message>
    <message>
        <source>Not combined</source>
        <translation>Не объединены</translation>
    </message>
</context>
<context>
    <name>ConflictsNote</name>
    <message>
        <source>Settle what the last merges could not: open the merge conflicts</source>
        <translation>Решите то, что не удалось последним объединениям: откройте конфликты объединения</translation>
    </message>
</context>
<context>
    <name>ConnectServer</name>
    <message>
        <source>Prefer TLS (libpq&apos;s default)</source>
        <translation>По возможности TLS (по умолчанию в libpq)</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Только TLS</translation>
    </message>
    <message>
        <source>Require TLS, check the server&apos;s certificate authority</source>
        <translation>Только TLS, с проверкой центра сертификации сервера</translation>
    </message>
    <message>
        <source>Require TLS, check the certificate and the host name</source>
        <translation>Только TLS, с проверкой сертификата и имени хоста</translation>
    </message>
    <message>
        <source>No TLS (a server on this computer only)</source>
        <translation>Без TLS (только для сервера на этом компьютере)</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>your database user name</source>
        <translation>ваше имя пользователя базы данных</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>Шифрование (TLS)</translation>
    </message>
    <message>
        <source>No password here: Casefile asks for it only if the server wants one and ~/.pgpass or PGPASSWORD does not give it, and never saves it.</source>
        <translation>Пароль здесь не вводится: Casefile спросит его, только если сервер его требует, а в ~/.pgpass и PGPASSWORD его нет, и никогда его не сохраняет.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Пароль пользователя %1 на %2:</translation>
    </message>
    <message>
        <source>Your password on %1:</source>
        <translation>Ваш пароль на %1:</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Пароль сервера</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Страна (код ISO)</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Actors (roles)</source>
        <translation>Участники (роли)</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Название источника</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL источника</translation>
    </message>
    <message>
        <source>Source publisher</source>
        <translation>Издатель источника</translation>
    </message>
    <message>
        <source>Source published</source>
        <translation>Дата публикации источника</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Вертикальная черта |</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>First row names the columns</source>
        <translation>Первая строка — названия столбцов</translation>
    </message>
    <message>
        <source>Tags and actors &amp;separated by:</source>
        <translation>Метки и участники &amp;разделены:</translation>
    </message>
    <message>
        <source>&amp;Guess again</source>
        <translation>&amp;Угадать заново</translation>
    </message>
    <message>
        <source>Check and &amp;import</source>
        <translation>Проверить и &amp;импортировать</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows</source>
        <translation>&amp;Пропустить ошибочные строки</translation>
    </message>
    <message>
        <source>%1 is read as %2. Choose what each column holds; </source>
        <translation>Файл %1 прочитан как %2. Укажите, что содержит каждый столбец; </translation>
    </message>
    <message>
        <source>these are the choices made last time for these columns.</source>
        <translation>это выбор, сделанный для этих столбцов в прошлый раз.</translation>
    </message>
    <message>
        <source>obvious column names are guessed, the rest ignored.</source>
        <translation>очевидные названия столбцов распознаны, остальные пропущены.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>This column has no name in the file, so it cannot be mapped.</source>
        <translation>У этого столбца нет названия в файле, поэтому его нельзя сопоставить.</translation>
    </message>
    <message>
        <source>How dates read: </source>
        <translation>Как читаются даты: </translation>
    </message>
    <message>
        <source>Columns %1 all fill %2; a field takes one column.</source>
        <translation>Столбцы %1 все заполняют поле «%2»; поле берёт один столбец.</translation>
    </message>
    <message>
        <source>Choose the column that holds each event&apos;s title.</source>
        <translation>Выберите столбец с названием каждого события.</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>Проверка всех строк %1…</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be imported (listed below). Skip them and import the other %3, change the mapping, or cancel.</source>
        <translation>%1 из %2 импортировать нельзя (список ниже). Пропустите их и импортируйте остальные %3, измените сопоставление или отмените.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не читается: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 2017-04-01, April 2017, c. 2017, 1–3 April 2017</source>
        <translation>например 2017-04-01, апрель 2017, ок. 2017, 1–3 апреля 2017</translation>
    </message>
    <message>
        <source>Earliest %1 · latest %2</source>
        <translation>Не раньше %1 · не позже %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an event, source, actor or place to see and edit it here.</source>
        <translation>Выберите событие, источник, участника или место, чтобы посмотреть и изменить его здесь.</translation>
    </message>
    <message>
        <source>This event was deleted. Undo brings it back.</source>
        <translation>Это событие удалено. Отмена вернёт его.</translation>
    </message>
    <message>
        <source>This source was deleted. Undo brings it back.</source>
        <translation>Этот источник удалён. Отмена вернёт его.</translation>
    </message>
    <message>
        <source>This actor was deleted. Undo brings it back.</source>
        <translation>Этот участник удалён. Отмена вернёт его.</translation>
    </message>
    <message>
        <source>This place was deleted. Undo brings it back.</source>
        <translation>Это место удалено. Отмена вернёт его.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Этого события больше нет.</translation>
    </message>
    <message>
        <source>This source no longer exists.</source>
        <translation>Этого источника больше нет.</translation>
    </message>
    <message>
        <source>This actor no longer exists.</source>
        <translation>Этого участника больше нет.</translation>
    </message>
    <message>
        <source>This place no longer exists.</source>
        <translation>Этого места больше нет.</translation>
    </message>
    <message>
        <source>A %1 has no form here.</source>
        <translation>Для типа «%1» здесь нет формы.</translation>
    </message>
    <message>
        <source>Deleted by %1 at %2 — this record no longer exists.</source>
        <translation>Удалено пользователем %1 в %2 — этой записи больше нет.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
</context>
<context>
    <name>DialogBase</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Cite a source</source>
        <translation>Сослаться на источник</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>No events yet.</source>
        <translation>Событий пока нет.</translation>
    </message>
    <message>
        <source>{action} ({keys}) adds the first one.</source>
        <translation>{action} ({keys}) добавит первую запись.</translation>
    </message>
    <message>
        <source>No events match the search or filter.</source>
        <translation>Ни одно событие не подходит под поиск или фильтр.</translation>
    </message>
    <message>
        <source>No sources yet.</source>
        <translation>Источников пока нет.</translation>
    </message>
    <message>
        <source>{action} ({keys}) adds the first one, or drop files or web addresses here.</source>
        <translation>{action} ({keys}) добавит первую запись; можно и перетащить сюда файлы или веб-адреса.</translation>
    </message>
    <message>
        <source>No sources match the search.</source>
        <translation>Ни один источник не подходит под поиск.</translation>
    </message>
    <message>
        <source>No actors yet.</source>
        <translation>Участников пока нет.</translation>
    </message>
    <message>
        <source>No actors match the search.</source>
        <translation>Ни один участник не подходит под поиск.</translation>
    </message>
    <message>
        <source>No places yet.</source>
        <translation>Мест пока нет.</translation>
    </message>
    <message>
        <source>No places match the search.</source>
        <translation>Ни одно место не подходит под поиск.</translation>
    </message>
    <message>
        <source>Clear the search and filter</source>
        <translation>Сбросить поиск и фильтр</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Encrypted archive</source>
        <translation>Зашифрованный архив</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase:</source>
        <translation>Архив %1 зашифрован. Введите парольную фразу:</translation>
    </message>
    <message>
        <source>New encrypted archive</source>
        <translation>Новый зашифрованный архив</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1. Without it nobody — you included — can open the archive.</source>
        <translation>Задайте парольную фразу для %1. Без неё никто — и вы тоже — не сможет открыть архив.</translation>
    </message>
    <message>
        <source>Encrypt archive</source>
        <translation>Шифрование архива</translation>
    </message>
    <message>
        <source>Decrypt archive</source>
        <translation>Расшифровка архива</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1 to write it back as a plain, unencrypted file.</source>
        <translation>Введите парольную фразу %1, чтобы записать его обратно как обычный, незашифрованный файл.</translation>
    </message>
    <message>
        <source>Choose a new passphrase for %1.</source>
        <translation>Задайте новую парольную фразу для %1.</translation>
    </message>
    <message>
        <source>This kept copy is NOT encrypted: remove it once you no longer need it (SSDs may keep old blocks).</source>
        <translation>Эта сохранённая копия НЕ зашифрована: удалите её, когда она станет не нужна (SSD могут хранить старые блоки).</translation>
    </message>
    <message>
        <source>Remove it once you no longer need it.</source>
        <translation>Удалите её, когда она станет не нужна.</translation>
    </message>
    <message>
        <source>Done. The original is kept as
%1</source>
        <translation>Готово. Оригинал сохранён как
%1</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>No sources cited yet: add a citation to back this event.</source>
        <translation>Источники пока не указаны: добавьте ссылку, подтверждающую событие.</translation>
    </message>
    <message>
        <source>No independent source graded A–C</source>
        <translation>Нет независимых источников с оценкой A–C</translation>
    </message>
    <message>
        <source>weakest grade %1</source>
        <translation>слабейшая оценка %1</translation>
    </message>
    <message>
        <source>contradicted by a source</source>
        <translation>опровергается источником</translation>
    </message>
    <message>
        <source>figures disagree</source>
        <translation>цифры расходятся</translation>
    </message>
    <message>
        <source>Independent sources graded A–C (Admiralty reliability) that support the event, and the weakest grade among supporting citations.</source>
        <translation>Независимые источники с оценкой A–C (надёжность по шкале Адмиралтейства), подтверждающие событие, и самая слабая оценка среди подтверждающих ссылок.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Type a place; a new name creates it</source>
        <translation>Введите место; новое название создаст его</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>location precision</source>
        <translation>точность местоположения</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Disputed: the accounts conflict</source>
        <translation>Оспаривается: свидетельства противоречат друг другу</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Ссылки на источники</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Связанные события</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Sensitive: leave out of redacted reports</source>
        <translation>Чувствительное: не включать в отчёты со скрытием данных</translation>
    </message>
    <message>
        <source>Order that day</source>
        <translation>Порядок в этот день</translation>
    </message>
    <message>
        <source>order that day</source>
        <translation>порядок в этот день</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Личные заметки</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Matched in</source>
        <translation>Найдено в</translation>
    </message>
    <message>
        <source>No date recorded.</source>
        <translation>Дата не записана.</translation>
    </message>
    <message>
        <source>EDTF: %1
Earliest day: %2
Latest day: %3</source>
        <translation>EDTF: %1
Самый ранний день: %2
Самый поздний день: %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>%1; some of its facts are disputed</source>
        <translation>%1; некоторые факты оспариваются</translation>
    </message>
    <message>
        <source>%1 · disputed</source>
        <translation>%1 · оспаривается</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Number of sources cited (this column cannot be sorted).</source>
        <translation>Число указанных источников (этот столбец нельзя сортировать).</translation>
    </message>
</context>
<context>
    <name>FieldBase</name>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>Not saved (your text is kept): %1</source>
        <translation>Не сохранено (ваш текст сохранён в поле): %1</translation>
    </message>
</context>
<context>
    <name>FieldTips</name>
    <message>
        <source>As the source gives it: 1 April 2017, April 2017, c. 2017, 1–3 April 2017, before June 2017, spring 2017. What you type is kept; Casefile shows how it read it.</source>
        <translation>Как в источнике: 1 апреля 2017, апрель 2017, ок. 2017, 1–3 апреля 2017, до июня 2017, весна 2017. Введённое сохраняется как есть; Casefile показывает, как он его понял.</translation>
    </message>
    <message>
        <source>Where it happened. Type to pick a place; a new name creates one.</source>
        <translation>Где это произошло. Начните вводить, чтобы выбрать место; новое название создаст его.</translation>
    </message>
    <message>
        <source>How precisely the place is known: exact site, its vicinity, the town, the region or only the country. The Strict redaction profile coarsens exact sites.</source>
        <translation>Насколько точно известно место: точный адрес, окрестности, город, регион или только страна. Строгий профиль скрытия данных огрубляет точные места.</translation>
    </message>
    <message>
        <source>What kind of event (protest, petition, detention…). Type a new type to add it to the list.</source>
        <translation>Вид события (протест, петиция, задержание…). Введите новый вид, чтобы добавить его в список.</translation>
    </message>
    <message>
        <source>HURIDOCS verification status: how far the sources establish the event.</source>
        <translation>Статус проверки по HURIDOCS: насколько источники подтверждают событие.</translation>
    </message>
    <message>
        <source>The accounts of this event conflict (e.g. competing figures); reports say so.</source>
        <translation>Свидетельства об этом событии противоречат друг другу (например, разные цифры); отчёты об этом сообщают.</translation>
    </message>
    <message>
        <source>A sensitive event is left out of reports under the Standard and Strict redaction profiles.</source>
        <translation>Чувствительное событие не включается в отчёты со стандартным и строгим профилем скрытия данных.</translation>
    </message>
    <message>
        <source>Orders events of the same day: lower numbers come first.</source>
        <translation>Порядок событий одного дня: меньшие номера идут первыми.</translation>
    </message>
    <message>
        <source>For you and your team: never printed unless a report includes analyst notes.</source>
        <translation>Для вас и вашей команды: не печатается, если отчёт не включает заметки аналитика.</translation>
    </message>
    <message>
        <source>What the source is: news article, NGO report, official document, testimony…</source>
        <translation>Что это за источник: новостная статья, доклад НКО, официальный документ, свидетельство…</translation>
    </message>
    <message>
        <source>The title in the report&apos;s language, when the original is in another.</source>
        <translation>Название на языке отчёта, если оригинал на другом языке.</translation>
    </message>
    <message>
        <source>Who published it (a newspaper, an NGO…), kept as an actor. Type to pick one; a new name creates it.</source>
        <translation>Кто опубликовал (газета, НКО…); хранится как участник. Начните вводить, чтобы выбрать; новое название создаст его.</translation>
    </message>
    <message>
        <source>When it was published; uncertain dates are fine (April 2017, c. 2017).</source>
        <translation>Когда опубликовано; можно и неточную дату (апрель 2017, ок. 2017).</translation>
    </message>
    <message>
        <source>The language of the source as a BCP 47 tag: en, ru, ar, ce (Chechen)…</source>
        <translation>Язык источника в виде тега BCP 47: en, ru, ar, ce (чеченский)…</translation>
    </message>
    <message>
        <source>A lasting copy of the page (e.g. the Wayback Machine), in case the original goes.</source>
        <translation>Постоянная копия страницы (например, в Wayback Machine) на случай, если оригинал пропадёт.</translation>
    </message>
    <message>
        <source>When the source was retrieved or captured, in UTC.</source>
        <translation>Когда источник получен или сохранён, по UTC.</translation>
    </message>
    <message>
        <source>Who collected the source (chain of custody). Private: printed only with analyst notes.</source>
        <translation>Кто собрал источник (цепочка хранения). Не для печати: выводится только вместе с заметками аналитика.</translation>
    </message>
    <message>
        <source>Where a paper or physical original is kept: archive, box, shelf mark.</source>
        <translation>Где хранится бумажный или вещественный оригинал: архив, коробка, шифр хранения.</translation>
    </message>
    <message>
        <source>Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged.</source>
        <translation>Надёжность источника по шкале Адмиралтейства: A — полностью надёжный … E — ненадёжный, F — нельзя оценить.</translation>
    </message>
    <message>
        <source>Why this grade: the source&apos;s record, access, independence.</source>
        <translation>Почему такая оценка: репутация источника, доступ к сведениям, независимость.</translation>
    </message>
    <message>
        <source>A sensitive source (e.g. a protected witness) is left out of redacted reports, with what rests on it.</source>
        <translation>Чувствительный источник (например, защищённый свидетель) не включается в отчёты со скрытием данных — вместе с тем, что на нём основано.</translation>
    </message>
    <message>
        <source>Person, organisation, group or state body.</source>
        <translation>Человек, организация, группа или государственный орган.</translation>
    </message>
    <message>
        <source>The name in its own script, e.g. Новая газета; searched like the name.</source>
        <translation>Имя в исходном написании, например Новая газета; поиск находит его, как и имя.</translation>
    </message>
    <message>
        <source>Other names and spellings, separated by ;. Search finds them, and redaction replaces them too.</source>
        <translation>Другие имена и написания через ;. Поиск находит их, а скрытие данных заменяет и их.</translation>
    </message>
    <message>
        <source>A protected person is never named in redacted reports: the pseudonym is printed instead.</source>
        <translation>Лицо под защитой никогда не называется в отчётах со скрытием данных: вместо имени печатается псевдоним.</translation>
    </message>
    <message>
        <source>Printed instead of a protected person&apos;s name, e.g. Witness A. Empty: Casefile assigns one.</source>
        <translation>Печатается вместо имени лица под защитой, например «Свидетель А». Пусто: Casefile назначит псевдоним сам.</translation>
    </message>
    <message>
        <source>The name in the local language and script, e.g. Грозный.</source>
        <translation>Название на местном языке и в местном написании, например Грозный.</translation>
    </message>
    <message>
        <source>The two-letter ISO 3166 code, e.g. RU, GB, US.</source>
        <translation>Двухбуквенный код ISO 3166, например RU, GB, US.</translation>
    </message>
    <message>
        <source>Decimal degrees, north positive (e.g. 43.3178). Dropped by the Strict redaction profile.</source>
        <translation>Десятичные градусы, север положительный (например, 43.3178). Строгий профиль скрытия данных их убирает.</translation>
    </message>
    <message>
        <source>Decimal degrees, east positive (e.g. 45.6949). Dropped by the Strict redaction profile.</source>
        <translation>Десятичные градусы, восток положительный (например, 45.6949). Строгий профиль скрытия данных их убирает.</translation>
    </message>
    <message>
        <source>How precise the coordinates are: exact site, vicinity, town, region or country.</source>
        <translation>Насколько точны координаты: точное место, окрестности, город, регион или страна.</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Edit figure</source>
        <translation>Изменить цифру</translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation>Добавить цифру</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>e.g. 44,700</source>
        <translation>например 44,700</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>empty: same as minimum, or open for “at least”</source>
        <translation>пусто: равно минимуму или не ограничено для «не менее»</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>e.g. signatures, people detained</source>
        <translation>например, подписей, задержанных</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Уточнение</translation>
    </message>
    <message>
        <source>— not linked to a citation</source>
        <translation>— не связано со ссылкой</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Источник цифры</translation>
    </message>
    <message>
        <source>Give the number reported (a minimum, a maximum or both).</source>
        <translation>Укажите приведённое число (минимум, максимум или оба).</translation>
    </message>
</context>
<context>
    <name>FiguresSection</name>
    <message>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Уточнение</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Источник цифры</translation>
    </message>
    <message>
        <source>Add figure…</source>
        <translation>Добавить цифру…</translation>
    </message>
    <message>
        <source>No figures (counts such as “44,700 signatures”).</source>
        <translation>Цифр нет (например, «44 700 подписей»).</translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation>Добавить цифру</translation>
    </message>
    <message>
        <source>Edit figure</source>
        <translation>Изменить цифру</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Earliest day, written as in the date field: 2017-04-20, May 2017, c. 2017, after 2016</source>
        <translation>Самый ранний день, как в поле даты: 2017-04-20, май 2017, ок. 2017, после 2016</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Latest day, written as in the date field: 2017-05-31, May 2017, c. 2017, before 2018</source>
        <translation>Самый поздний день, как в поле даты: 2017-05-31, май 2017, ок. 2017, до 2018</translation>
    </message>
    <message>
        <source>Only events at this place</source>
        <translation>Только события в этом месте</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>Любое место</translation>
    </message>
    <message>
        <source>Only events with this verification status</source>
        <translation>Только события с этим статусом проверки</translation>
    </message>
    <message>
        <source>Only events of this type</source>
        <translation>Только события этого типа</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Это не дата.</translation>
    </message>
    <message>
        <source>“To” (%1) is before “From” (%2).</source>
        <translation>«По» (%1) раньше, чем «С» (%2).</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>по %1</translation>
    </message>
</context>
<context>
    <name>FormBase</name>
    <message>
        <source>Created %1 · updated %2 (UTC)</source>
        <translation>Создано %1 · изменено %2 (UTC)</translation>
    </message>
</context>
<context>
    <name>FrameRenderer</name>
    <message>
        <source>No dated events</source>
        <translation>Нет событий с датой</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Casefile User Guide</source>
        <translation>Руководство пользователя Casefile</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Casefile does not open links outside the guide: {link}</source>
        <translation>Casefile не открывает ссылки за пределами руководства: {link}</translation>
    </message>
</context>
<context>
    <name>InvolvementDialog</name>
    <message>
        <source>Edit actor role</source>
        <translation>Изменить роль участника</translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Type a name: existing actors are offered</source>
        <translation>Введите имя: будут предложены существующие участники</translation>
    </message>
    <message>
        <source>New actor, kind:</source>
        <translation>Новый участник, вид:</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>how many (optional)</source>
        <translation>сколько (необязательно)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Choose an actor or type a new name.</source>
        <translation>Выберите участника или введите новое имя.</translation>
    </message>
</context>
<context>
    <name>InvolvementsSection</name>
    <message>
        <source>Actor</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Add actor…</source>
        <translation>Добавить участника…</translation>
    </message>
    <message>
        <source>No actors yet.</source>
        <translation>Участников пока нет.</translation>
    </message>
    <message>
        <source>
Protected: reports print a pseudonym instead of the name.</source>
        <translation>
Под защитой: в отчётах печатается псевдоним вместо имени.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Confirmed: established by reliable, independent sources.</source>
        <translation>Подтверждено: установлено надёжными независимыми источниками.</translation>
    </message>
    <message>
        <source>Likely: credible sources support it; not yet confirmed.</source>
        <translation>Вероятно: подтверждается заслуживающими доверия источниками; ещё не подтверждено окончательно.</translation>
    </message>
    <message>
        <source>Possible: some support, but weak or single-sourced.</source>
        <translation>Возможно: есть подтверждение, но слабое или из одного источника.</translation>
    </message>
    <message>
        <source>Unlikely: the weight of the sources is against it.</source>
        <translation>Маловероятно: большинство источников против.</translation>
    </message>
    <message>
        <source>Unknown: not yet assessed.</source>
        <translation>Неизвестно: ещё не оценено.</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>часть</translation>
    </message>
    <message>
        <source>has part</source>
        <translation>включает</translation>
    </message>
    <message>
        <source>precedes</source>
        <translation>предшествует</translation>
    </message>
    <message>
        <source>follows</source>
        <translation>следует за</translation>
    </message>
    <message>
        <source>causes</source>
        <translation>вызывает</translation>
    </message>
    <message>
        <source>caused by</source>
        <translation>вызвано</translation>
    </message>
    <message>
        <source>response to</source>
        <translation>ответ на</translation>
    </message>
    <message>
        <source>answered by</source>
        <translation>на него ответило</translation>
    </message>
</context>
<context>
    <name>LinkedEvents</name>
    <message>
        <source>%1 no events</source>
        <translation>%1: нет событий</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Click an event to open it</source>
        <translation>Нажмите на событие, чтобы открыть его</translation>
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
        <translation>Открыть источник</translation>
    </message>
    <message>
        <source>Open actor</source>
        <translation>Открыть участника</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Открыть событие</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Search events</source>
        <translation>Поиск событий</translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation>Поиск источников</translation>
    </message>
    <message>
        <source>Search actors</source>
        <translation>Поиск участников</translation>
    </message>
    <message>
        <source>Search places</source>
        <translation>Поиск мест</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Full-text search; words match by their beginning, in any script</source>
        <translation>Полнотекстовый поиск; слова ищутся по началу, в любой письменности</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <source>

Undo brings it back.</source>
        <translation>

Отмена вернёт удалённое.</translation>
    </message>
    <message>
        <source>The dropped item could not be added: %1</source>
        <translation>Перетащенный элемент не удалось добавить: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>search is still indexing (%1 %)</source>
        <translation>поиск ещё индексируется (%1 %)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>подсчёт…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Удалить нельзя</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot create archive</source>
        <translation>Не удалось создать архив</translation>
    </message>
    <message>
        <source>%1 — Casefile</source>
        <translation>%1 — Casefile</translation>
    </message>
    <message>
        <source>Changes are missing</source>
        <translation>Изменения потеряны</translation>
    </message>
    <message>
        <source>Open Backups…</source>
        <translation>Резервные копии…</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Не удалось создать копию: %1</translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation>Копия создана.</translation>
    </message>
    <message>
        <source>Read-only: %1. Nothing can be changed in this archive.</source>
        <translation>Только чтение: %1. В этом архиве ничего нельзя изменить.</translation>
    </message>
    <message>
        <source>Casefile</source>
        <translation>Casefile</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>Архив не открыт</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Casefile archives (*.casefile);;All files (*)</source>
        <translation>Архивы Casefile (*.casefile);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Merge Archive</source>
        <translation>Объединение архивов</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
</context>
<context>
    <name>MergeOps</name>
    <message>
        <source>Resolve conflict in %1</source>
        <translation>Решить конфликт: %1</translation>
    </message>
</context>
<context>
    <name>NamedTable</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>Open this %1 (Ctrl+Enter)</source>
        <translation>Открыть (%1) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Enter creates a new %1: “%2”.</source>
        <translation>Enter создаст новый объект (%1): «%2».</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Местное название</translation>
    </message>
    <message>
        <source>local name</source>
        <translation>местное название</translation>
    </message>
    <message>
        <source>e.g. Грозный</source>
        <translation>например, Грозный</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>ISO 3166 code, e.g. RU</source>
        <translation>код ISO 3166, например RU</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>e.g. 43.3178</source>
        <translation>например 43.3178</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>e.g. 45.6949</source>
        <translation>например 45.6949</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>Упоминается:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Every change you make is written into the archive&apos;s change log together with this name, so that colleagues can see who recorded what. Anyone who gets a copy of an archive can read it.

Use your name, initials or a pseudonym, or leave it empty to be logged as “{unnamed}”. Casefile never uses your computer&apos;s login name.</source>
        <translation>Каждое ваше изменение записывается в журнал изменений архива вместе с этим именем, чтобы коллеги видели, кто что внёс. Любой, у кого есть копия архива, может его прочитать.

Укажите имя, инициалы или псевдоним либо оставьте поле пустым — тогда в журнале будет «{unnamed}». Casefile никогда не использует имя вашей учётной записи на компьютере.</translation>
    </message>
    <message>
        <source>You can change this later under Edit ▸ Preferences…</source>
        <translation>Это можно изменить позже: Правка ▸ Настройки…</translation>
    </message>
    <message>
        <source>empty: logged as “{unnamed}”</source>
        <translation>пусто: в журнале будет «{unnamed}»</translation>
    </message>
    <message>
        <source>“{folder}” is not a full path: choose the folder with Choose…</source>
        <translation>«{folder}» — не полный путь: выберите папку кнопкой «Выбрать…»</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <source>Casefile may not write into {folder}.</source>
        <translation>У Casefile нет права записи в {folder}.</translation>
    </message>
    <message>
        <source>Welcome to Casefile</source>
        <translation>Добро пожаловать в Casefile</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Before you start: what name should Casefile write into the change log?</source>
        <translation>Прежде чем начать: какое имя Casefile должен записывать в журнал изменений?</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>The new language applies the next time Casefile starts.</source>
        <translation>Новый язык вступит в силу при следующем запуске Casefile.</translation>
    </message>
    <message>
        <source>In words: 5 April 2017</source>
        <translation>Словами: 5 апреля 2017</translation>
    </message>
    <message>
        <source>In numbers: 2017-04-05</source>
        <translation>Цифрами: 2017-04-05</translation>
    </message>
    <message>
        <source>How the lists, forms and timeline write dates. What you typed is kept as you typed it.</source>
        <translation>Как списки, карточки и шкала времени записывают даты. Введённое вами сохраняется как есть.</translation>
    </message>
    <message>
        <source>Ask before deleting records</source>
        <translation>Спрашивать перед удалением записей</translation>
    </message>
    <message>
        <source>Delete in the lists and on the timeline asks first. Off: it deletes at once; Undo (Ctrl+Z) still brings records back.</source>
        <translation>Удаление в списках и на шкале времени сначала спрашивает. Если выключено — удаляет сразу; Отмена (Ctrl+Z) всё равно вернёт записи.</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Each case&apos;s own marking</source>
        <translation>Гриф каждого дела</translation>
    </message>
    <message>
        <source>The Traffic Light Protocol marking printed on every page: who the reader may share the brief with.</source>
        <translation>Гриф по протоколу TLP на каждой странице: с кем читатель может делиться отчётом.</translation>
    </message>
    <message>
        <source>Documents ({folder})</source>
        <translation>Документы ({folder})</translation>
    </message>
    <message>
        <source>Every new report starts from</source>
        <translation>Каждый новый отчёт начинается с</translation>
    </message>
    <message>
        <source>Export Report… and the command “casefile export-pdf” start from these; each report can still choose otherwise.</source>
        <translation>«Экспорт отчёта…» и команда «casefile export-pdf» начинают с этих значений; в каждом отчёте их можно изменить.</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Скрытие данных</translation>
    </message>
    <message>
        <source>Save reports in</source>
        <translation>Сохранять отчёты в</translation>
    </message>
    <message>
        <source>Folder for reports</source>
        <translation>Папка для отчётов</translation>
    </message>
    <message>
        <source>Casefile backs each archive up when it opens (if the last backup is over half an hour old), when it closes after changes, and before imports, merges and upgrades. Each copy is checked after it is written.</source>
        <translation>Casefile создаёт резервную копию архива при открытии (если последней копии больше получаса), при закрытии после изменений, а также перед импортом, объединением и обновлением. Каждая копия проверяется после записи.</translation>
    </message>
    <message>
        <source>default: {folder}</source>
        <translation>по умолчанию: {folder}</translation>
    </message>
    <message>
        <source>An encrypted archive&apos;s backups are encrypted too. A folder on another disk survives the loss of this one.</source>
        <translation>Резервные копии зашифрованного архива тоже зашифрованы. Папка на другом диске уцелеет, если этот диск пропадёт.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <source>Newest backups kept</source>
        <translation>Последних копий хранить</translation>
    </message>
    <message>
        <source>Days with one backup each</source>
        <translation>Дней — по одной копии</translation>
    </message>
    <message>
        <source>Weeks with one backup each</source>
        <translation>Недель — по одной копии</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Backups taken so far stay in {folder}; File ▸ Backups… lists those in the new folder.</source>
        <translation>Уже созданные копии остаются в {folder}; «Файл ▸ Резервные копии…» показывает копии в новой папке.</translation>
    </message>
    <message numerus="yes">
        <source>Each archive keeps its %n newest backup(s)</source>
        <translation>
            <numerusform>Каждый архив хранит %n последнюю резервную копию</numerusform>
            <numerusform>Каждый архив хранит %n последние резервные копии</numerusform>
            <numerusform>Каждый архив хранит %n последних резервных копий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>plus the last of each of %n more day(s)</source>
        <translation>
            <numerusform>плюс последнюю копию за %n предыдущий день</numerusform>
            <numerusform>плюс последнюю копию за каждый из %n предыдущих дней</numerusform>
            <numerusform>плюс последнюю копию за каждый из %n предыдущих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and of %n more week(s); older ones are deleted.</source>
        <translation>
            <numerusform>и за %n предыдущую неделю; более старые удаляются.</numerusform>
            <numerusform>и за каждую из %n предыдущих недель; более старые удаляются.</numerusform>
            <numerusform>и за каждую из %n предыдущих недель; более старые удаляются.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>The preferences could not be saved: {error}</source>
        <translation>Не удалось сохранить настройки: {error}</translation>
    </message>
    <message>
        <source>Name in the change log</source>
        <translation>Имя в журнале изменений</translation>
    </message>
    <message>
        <source>Ask Me Later</source>
        <translation>Спросить позже</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge removes {what} and everything that depends on it from the archive for good: from its tables, its search index and the change log&apos;s copies of the values (the log keeps only digests and a note that a purge happened). {backups}

This cannot be undone, and the undo history is cleared.

Disks, SSDs above all, may keep old blocks of the file where no program can reach them; encrypting the archive is the real protection.</source>
        <translation>Очистка навсегда удаляет из архива {what} и всё, что от этого зависит: из таблиц, из поискового индекса и из копий значений в журнале изменений (журнал хранит только хеши и отметку о том, что была очистка). {backups}

Это нельзя отменить, а история отмены будет очищена.

Диски, особенно SSD, могут хранить старые блоки файла там, куда не доберётся ни одна программа; настоящая защита — шифрование архива.</translation>
    </message>
    <message>
        <source>This archive has no backups yet.</source>
        <translation>У этого архива пока нет резервных копий.</translation>
    </message>
    <message>
        <source>Its one backup is rewritten without it too (a purge that left copies would be no purge).</source>
        <translation>Его единственная резервная копия тоже перезаписывается без этих данных (очистка, оставившая копии, не была бы очисткой).</translation>
    </message>
    <message>
        <source>Purge for good?</source>
        <translation>Стереть навсегда?</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Очистка…</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Only Confirmed Events</source>
        <translation>Только подтверждённые события</translation>
    </message>
    <message>
        <source>Only Likely Events</source>
        <translation>Только вероятные события</translation>
    </message>
    <message>
        <source>Only Possible Events</source>
        <translation>Только возможные события</translation>
    </message>
    <message>
        <source>Only Unlikely Events</source>
        <translation>Только маловероятные события</translation>
    </message>
    <message>
        <source>Only Events of Unknown Status</source>
        <translation>Только события с неизвестным статусом</translation>
    </message>
    <message>
        <source>Only Events at %1</source>
        <translation>Только события в месте «%1»</translation>
    </message>
    <message>
        <source>Only Events of Type “%1”</source>
        <translation>Только события типа «%1»</translation>
    </message>
    <message>
        <source>Only %1 Events</source>
        <translation>Только события со статусом «%1»</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Дублировать: %1</translation>
    </message>
</context>
<context>
    <name>RecordMenu</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Копировать как текст</translation>
    </message>
    <message>
        <source>Show on Timeline</source>
        <translation>Показать на шкале времени</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Edit relation</source>
        <translation>Изменить связь</translation>
    </message>
    <message>
        <source>Relate to another event</source>
        <translation>Связать с другим событием</translation>
    </message>
    <message>
        <source>This event is</source>
        <translation>Это событие —</translation>
    </message>
    <message>
        <source>Search events by title, place, actor…</source>
        <translation>Поиск событий по названию, месту, участнику…</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Choose the other event.</source>
        <translation>Выберите другое событие.</translation>
    </message>
</context>
<context>
    <name>RelationsSection</name>
    <message>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Relate…</source>
        <translation>Связать…</translation>
    </message>
    <message>
        <source>Not related to other events.</source>
        <translation>Не связано с другими событиями.</translation>
    </message>
    <message>
        <source>Relate events</source>
        <translation>Связать события</translation>
    </message>
    <message>
        <source>Edit relation</source>
        <translation>Изменить связь</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Cover</source>
        <translation>Титульный лист</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Краткое изложение</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Основные выводы</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Методика</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>Диаграмма хронологии</translation>
    </message>
    <message>
        <source>Events in detail</source>
        <translation>События подробно</translation>
    </message>
    <message>
        <source>Annex: actors</source>
        <translation>Приложение: участники</translation>
    </message>
    <message>
        <source>Annex: sources</source>
        <translation>Приложение: источники</translation>
    </message>
    <message>
        <source>Annex: integrity</source>
        <translation>Приложение: целостность</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Brief (2–4 pages)</source>
        <translation>Справка (2–4 страницы)</translation>
    </message>
    <message>
        <source>Dossier (everything)</source>
        <translation>Досье (всё)</translation>
    </message>
    <message>
        <source>the case title</source>
        <translation>название дела</translation>
    </message>
    <message>
        <source>the case&apos;s organisation</source>
        <translation>организация дела</translation>
    </message>
    <message>
        <source>none: no name on the cover or in the PDF&apos;s properties</source>
        <translation>нет: без имени на обложке и в свойствах PDF</translation>
    </message>
    <message>
        <source>The case&apos;s marking</source>
        <translation>Гриф дела</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Выберите хотя бы один раздел.</translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation>Выберите файл для сохранения отчёта.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another place to save the report.</source>
        <translation>Папки %1 не существует: выберите другое место для отчёта.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Не удалось записать отчёт: %1</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>“%1” already exists in %2.

Replace it with this report?</source>
        <translation>«%1» уже есть в %2.

Заменить его этим отчётом?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Отчёт сохранён как %1.</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Отчёт записан</translation>
    </message>
    <message>
        <source>The report was saved as
%1

Open it now?</source>
        <translation>Отчёт сохранён как
%1

Открыть его сейчас?</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>Не удалось открыть отчёт</translation>
    </message>
    <message>
        <source>No program to open PDF files was found on this computer.

The report is saved as
%1

Install a PDF viewer to open it.</source>
        <translation>На этом компьютере не найдено программы для открытия PDF.

Отчёт сохранён как
%1

Установите программу просмотра PDF, чтобы открыть его.</translation>
    </message>
</context>
<context>
    <name>ScopeFields</name>
    <message>
        <source>Standard — sensitive records left out, protected people pseudonymised</source>
        <translation>Стандартный — чувствительные записи исключены, защищённые лица под псевдонимами</translation>
    </message>
    <message>
        <source>Strict — also places coarsened, analyst notes never printed</source>
        <translation>Строгий — также огрублены места, заметки аналитика не печатаются</translation>
    </message>
    <message>
        <source>None — everything printed</source>
        <translation>Нет — печатается всё</translation>
    </message>
    <message>
        <source>from, e.g. 2017-04</source>
        <translation>с, например 2017-04</translation>
    </message>
    <message>
        <source>to, e.g. 2017-06</source>
        <translation>по, например 2017-06</translation>
    </message>
    <message>
        <source>any tag; several separated by ;</source>
        <translation>любая метка; несколько — через ;</translation>
    </message>
    <message>
        <source>Include analyst notes</source>
        <translation>Включить заметки аналитика</translation>
    </message>
    <message>
        <source>Print the private notes of events, sources and involvements. Off by default: notes often name people or plans. The Strict profile never prints them.</source>
        <translation>Печатать личные заметки о событиях, источниках и участии. По умолчанию выключено: в заметках часто названы люди или планы. Строгий профиль их никогда не печатает.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Статусы</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Скрытие данных</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 — %2 (server)</source>
        <translation>%1 — %2 (сервер)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation>Поиск по командам и клавишам</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
</context>
<context>
    <name>SourceDrop</name>
    <message>
        <source>New source from a drop</source>
        <translation>Новый источник из перетаскивания</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation>Перевод названия</translation>
    </message>
    <message>
        <source>translated title</source>
        <translation>перевод названия</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Type an outlet; a new name creates it</source>
        <translation>Введите издание; новое название создаст его</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>дата публикации</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>BCP 47, e.g. en, ru</source>
        <translation>BCP 47, например en, ru</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Archived URL</source>
        <translation>URL архивной копии</translation>
    </message>
    <message>
        <source>archived URL</source>
        <translation>URL архивной копии</translation>
    </message>
    <message>
        <source>e.g. a Wayback Machine copy</source>
        <translation>например, копия в Wayback Machine</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>retrieval time</source>
        <translation>время обращения</translation>
    </message>
    <message>
        <source>2017-05-02 or 2017-05-02T14:30Z</source>
        <translation>2017-05-02 или 2017-05-02T14:30Z</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Кем собрано</translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>archive location</source>
        <translation>место хранения</translation>
    </message>
    <message>
        <source>archive, shelf mark</source>
        <translation>архив, шифр хранения</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Content and handling</source>
        <translation>Содержание и обращение</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Личные заметки</translation>
    </message>
    <message>
        <source>Sensitive: leave out of redacted reports</source>
        <translation>Чувствительное: не включать в отчёты со скрытием данных</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Ссылаются:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h1&gt;Casefile&lt;/h1&gt;&lt;p&gt;Events, the sources that back them, and briefing reports — offline.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Casefile&lt;/h1&gt;&lt;p&gt;События, подтверждающие их источники и аналитические отчёты — без интернета.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New archive…</source>
        <translation>Новый архив…</translation>
    </message>
    <message>
        <source>Open archive…</source>
        <translation>Открыть архив…</translation>
    </message>
    <message>
        <source>Open demo archive</source>
        <translation>Открыть демонстрационный архив</translation>
    </message>
    <message>
        <source>The 2017 campaigns against the purge of gay men in Chechnya, from a news report</source>
        <translation>Кампании 2017 года против преследования геев в Чечне, по материалам новостного репортажа</translation>
    </message>
    <message>
        <source>Recent archives</source>
        <translation>Недавние архивы</translation>
    </message>
</context>
<context>
    <name>StatusFeedback</name>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Повторено</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>TagFilter</name>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Only events with this tag (Enter adds it; choose several to match all or any)</source>
        <translation>Только события с этой меткой (Enter добавляет её; выберите несколько, чтобы искать все или любую)</translation>
    </message>
    <message>
        <source>Events with every chosen tag, or with any of them</source>
        <translation>События со всеми выбранными метками или с любой из них</translation>
    </message>
    <message>
        <source>all of these</source>
        <translation>все из них</translation>
    </message>
    <message>
        <source>any of these</source>
        <translation>любая из них</translation>
    </message>
    <message>
        <source>Stop filtering by “%1”</source>
        <translation>Не фильтровать по «%1»</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Добавить метку</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation>Добавить метку…</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Без меток</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Убрать метку «%1»</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Export TimelineJS</source>
        <translation>Экспорт в TimelineJS</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>A timeline is made to be published: private notes are never included.</source>
        <translation>Шкала времени предназначена для публикации: личные заметки в неё никогда не входят.</translation>
    </message>
    <message>
        <source>TimelineJS (*.json)</source>
        <translation>TimelineJS (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Таблица (*.csv)</translation>
    </message>
    <message>
        <source>Save timeline as</source>
        <translation>Сохранить шкалу времени как</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder to save the timeline to.</source>
        <translation>Выберите файл в существующей папке, чтобы сохранить шкалу времени.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>“%1” already exists in %2.

Replace it with this timeline?</source>
        <translation>«%1» уже есть в %2.

Заменить его этой шкалой времени?</translation>
    </message>
    <message>
        <source>The timeline could not be written: %1</source>
        <translation>Не удалось записать шкалу времени: %1</translation>
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
        <translation>Табличный шаблон TimelineJS (.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Записано: %1 в %2.</translation>
    </message>
    <message>
        <source>Timeline saved as %1.</source>
        <translation>Шкала времени сохранена как %1.</translation>
    </message>
    <message>
        <source>Timeline written</source>
        <translation>Шкала времени записана</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Scroll lanes</source>
        <translation>Прокрутка дорожек</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Выбранное событие</translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation>Дорожки: %1</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Приблизить (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Отдалить (-)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Show every event (Home)</source>
        <translation>Показать все события (Home)</translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <translation>Загрузка шкалы времени…</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <source>Move event date</source>
        <translation>Перенести дату события</translation>
    </message>
    <message>
        <source>Moved “%1” to %2</source>
        <translation>«%1» перенесено на %2</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Not moved: %1 changed the date to %2 (%3); yours: %4. Nothing was overwritten.</source>
        <translation>Не перенесено: %1 изменил(а) дату на %2 (%3); ваша: %4. Ничего не перезаписано.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Копировать как текст</translation>
    </message>
    <message>
        <source>Show in list</source>
        <translation>Показать в списке</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>без места</translation>
    </message>
</context>
<context>
    <name>TimelineRender</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>из %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>Hidden events</source>
        <translation>Скрытые события</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Add an event to the case and edit it in the detail pane</source>
        <translation>Добавить событие в дело и заполнить его в карточке</translation>
    </message>
    <message>
        <source>Add a source (article, report, testimony…) that events can cite</source>
        <translation>Добавить источник (статью, доклад, свидетельство…), на который могут ссылаться события</translation>
    </message>
    <message>
        <source>Add a person, organisation, group or state body</source>
        <translation>Добавить человека, организацию, группу или государственный орган</translation>
    </message>
    <message>
        <source>Add a place events can happen at</source>
        <translation>Добавить место, где могут происходить события</translation>
    </message>
    <message>
        <source>Delete the selected records (Undo brings them back)</source>
        <translation>Удалить выбранные записи (Отмена вернёт их)</translation>
    </message>
    <message>
        <source>Take back the last edit</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <source>Make the edit taken back again</source>
        <translation>Вернуть отменённое изменение</translation>
    </message>
    <message>
        <source>Search the list: words match by their beginning, in any script</source>
        <translation>Поиск по списку: слова ищутся по началу, в любой письменности</translation>
    </message>
    <message>
        <source>Import events or sources from CSV, JSON, CSL-JSON, RIS or BibTeX</source>
        <translation>Импортировать события или источники из CSV, JSON, CSL-JSON, RIS или BibTeX</translation>
    </message>
    <message>
        <source>Print a briefing report (PDF) with its marking and redaction</source>
        <translation>Напечатать аналитический отчёт (PDF) с грифом и скрытием данных</translation>
    </message>
    <message>
        <source>Bring in the changes of a copy of this archive made elsewhere</source>
        <translation>Перенести изменения из копии этого архива, сделанной в другом месте</translation>
    </message>
    <message>
        <source>See this archive&apos;s automatic backups, restore one or back up now</source>
        <translation>Автоматические резервные копии архива: восстановить или создать копию сейчас</translation>
    </message>
    <message>
        <source>Remove the selected records for good, from the archive and its backups</source>
        <translation>Стереть выбранные записи навсегда — из архива и его резервных копий</translation>
    </message>
    <message>
        <source>Show every event on the timeline</source>
        <translation>Показать все события на шкале времени</translation>
    </message>
    <message>
        <source>Change-log name, report defaults, backups, language</source>
        <translation>Имя в журнале изменений, настройки отчётов, резервные копии, язык</translation>
    </message>
    <message>
        <source>The guide to Casefile, offline</source>
        <translation>Руководство по Casefile, без интернета</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation>Все сочетания клавиш этого окна</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт %1…</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Записано: %1 в %2.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Events (*.csv)</source>
        <translation>События (*.csv)</translation>
    </message>
    <message>
        <source>Casefile JSON (*.json)</source>
        <translation>Casefile JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>TransferJob</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Casefile</source>
        <translation>Добро пожаловать в Casefile</translation>
    </message>
    <message>
        <source>&lt;p&gt;Casefile keeps the events of a case and the sources that back them in one archive file, and prints briefing reports from it.&lt;/p&gt;&lt;p&gt;The window has three linked panes. The &lt;b&gt;list&lt;/b&gt; on the left holds the events (and, in its tabs, sources, actors and places), with search and filters. The &lt;b&gt;detail&lt;/b&gt; pane on the right is the selected record as a form: every edit is saved at once, and Undo takes it back. The &lt;b&gt;timeline&lt;/b&gt; below draws the events on a time axis; uncertain dates show as ranges, and selecting there selects in the list.&lt;/p&gt;&lt;p&gt;Help ▸ User Guide explains the whole workflow, from the first event to a printed brief.&lt;/p&gt;</source>
        <comment>left/right as in a left-to-right layout: in Arabic the list is on the right and the detail on the left</comment>
        <translation>&lt;p&gt;Casefile хранит события дела и подтверждающие их источники в одном файле архива и печатает по ним аналитические отчёты.&lt;/p&gt;&lt;p&gt;В окне три связанные панели. &lt;b&gt;Список&lt;/b&gt; слева содержит события (а на своих вкладках — источники, участников и места), с поиском и фильтрами. &lt;b&gt;Карточка&lt;/b&gt; справа — выбранная запись в виде формы: каждое изменение сохраняется сразу, а Отмена возвращает прежнее. &lt;b&gt;Шкала времени&lt;/b&gt; внизу показывает события на оси времени; неточные даты видны как интервалы, а выбор на шкале выбирает запись в списке.&lt;/p&gt;&lt;p&gt;«Справка ▸ Руководство пользователя» описывает всю работу — от первого события до напечатанного отчёта.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Before you start: what name should Casefile write into the change log?</source>
        <translation>Прежде чем начать: какое имя Casefile должен записывать в журнал изменений?</translation>
    </message>
    <message>
        <source>Name in the change log</source>
        <translation>Имя в журнале изменений</translation>
    </message>
    <message>
        <source>Open the Demo Archive</source>
        <translation>Открыть демонстрационный архив</translation>
    </message>
    <message>
        <source>A sample case (the 2017 campaigns against the purge in Chechnya) to try everything on; your own archives stay apart.</source>
        <translation>Учебное дело (кампании 2017 года против преследований в Чечне), чтобы всё попробовать; ваши собственные архивы остаются отдельно.</translation>
    </message>
    <message>
        <source>New Archive…</source>
        <translation>Новый архив…</translation>
    </message>
    <message>
        <source>Open Archive…</source>
        <translation>Открыть архив…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>вероятно</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>возможно</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>маловероятно</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>точно</translation>
    </message>
    <message>
        <source>vicinity</source>
        <translation>окрестности</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>обычное</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>чувствительное</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>государственный орган</translation>
    </message>
    <message>
        <source>news article</source>
        <translation>новостная статья</translation>
    </message>
    <message>
        <source>NGO report</source>
        <translation>Доклад НКО</translation>
    </message>
    <message>
        <source>official document</source>
        <translation>официальный документ</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>свидетельство</translation>
    </message>
    <message>
        <source>social media post</source>
        <translation>публикация в соцсетях</translation>
    </message>
    <message>
        <source>photo video</source>
        <translation>фото или видео</translation>
    </message>
    <message>
        <source>legal filing</source>
        <translation>судебный документ</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>подтверждает</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>опровергает</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>ровно</translation>
    </message>
    <message>
        <source>about</source>
        <translation>около</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>не менее</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>не более</translation>
    </message>
    <message>
        <source>page</source>
        <translation>страница</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <source>timecode</source>
        <translation>таймкод</translation>
    </message>
    <message>
        <source>section</source>
        <translation>раздел</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>веб-страница</translation>
    </message>
    <message>
        <source>full page capture</source>
        <translation>снимок всей страницы</translation>
    </message>
    <message>
        <source>pdf</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>media</source>
        <translation>медиафайл</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>скан</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>перевод</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>выступающий</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>пострадавший</translation>
    </message>
    <message>
        <source>perpetrator</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>представитель власти</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>свидетель</translation>
    </message>
    <message>
        <source>intervening party</source>
        <translation>вмешавшаяся сторона</translation>
    </message>
    <message>
        <source>protest</source>
        <translation>протест</translation>
    </message>
    <message>
        <source>petition</source>
        <translation>петиция</translation>
    </message>
    <message>
        <source>detention</source>
        <translation>задержание</translation>
    </message>
    <message>
        <source>killing</source>
        <translation>убийство</translation>
    </message>
    <message>
        <source>torture</source>
        <translation>пытки</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>заявление</translation>
    </message>
    <message>
        <source>evacuation</source>
        <translation>эвакуация</translation>
    </message>
    <message>
        <source>visa granted</source>
        <translation>выдана виза</translation>
    </message>
    <message>
        <source>report</source>
        <translation>доклад</translation>
    </message>
    <message>
        <source>investigation</source>
        <translation>расследование</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>Полностью надёжный</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Обычно надёжный</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Достаточно надёжный</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Обычно ненадёжный</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Ненадёжный</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Надёжность нельзя оценить</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Подтверждено другими источниками</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Вероятно, верно</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Возможно, верно</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Сомнительно</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Маловероятно</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Достоверность нельзя оценить</translation>
    </message>
    <message>
        <source>Photo or video</source>
        <translation>Фото или видео</translation>
    </message>
    <message>
        <source>Social-media post</source>
        <translation>Публикация в соцсетях</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>цифра</translation>
    </message>
    <message>
        <source>involvement</source>
        <translation>участие</translation>
    </message>
    <message>
        <source>event relation</source>
        <translation>связь событий</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>метка</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>— not graded</source>
        <translation>— без оценки</translation>
    </message>
    <message>
        <source>the event “%1”</source>
        <translation>событие «%1»</translation>
    </message>
    <message>
        <source>the source “%1”</source>
        <translation>источник «%1»</translation>
    </message>
    <message>
        <source>the actor “%1”</source>
        <translation>участника «%1»</translation>
    </message>
    <message>
        <source>the place “%1”</source>
        <translation>место «%1»</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot undo: %1 has changed this %2 since (%4 UTC); undo would remove it with their change.</source>
        <translation>Отменить нельзя: %1 с тех пор изменил(а) эту запись (%2) (%4 UTC); отмена удалила бы её вместе с этим изменением.</translation>
    </message>
    <message>
        <source>Cannot redo: %1 has changed this %2 since (%4 UTC); redo would remove it with their change.</source>
        <translation>Повторить нельзя: %1 с тех пор изменил(а) эту запись (%2) (%4 UTC); повтор удалил бы её вместе с этим изменением.</translation>
    </message>
    <message>
        <source>Cannot undo: %1 has since changed this %2&apos;s %3 again (%4 UTC); undo would overwrite their change.</source>
        <translation>Отменить нельзя: %1 с тех пор снова изменил(а) в этой записи (%2) поля: %3 (%4 UTC); отмена затёрла бы это изменение.</translation>
    </message>
    <message>
        <source>Cannot redo: %1 has since changed this %2&apos;s %3 again (%4 UTC); redo would overwrite their change.</source>
        <translation>Повторить нельзя: %1 с тех пор снова изменил(а) в этой записи (%2) поля: %3 (%4 UTC); повтор затёр бы это изменение.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation>
            <numerusform>%n событие с датой</numerusform>
            <numerusform>%n события с датой</numerusform>
            <numerusform>%n событий с датой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s) graded A–C</source>
        <translation>
            <numerusform>%n независимый источник с оценкой A–C</numerusform>
            <numerusform>%n независимых источника с оценкой A–C</numerusform>
            <numerusform>%n независимых источников с оценкой A–C</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n поле</numerusform>
            <numerusform>%n поля</numerusform>
            <numerusform>%n полей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) here; click to list them</source>
        <translation>
            <numerusform>Здесь ещё %n событие; нажмите, чтобы увидеть список</numerusform>
            <numerusform>Здесь ещё %n события; нажмите, чтобы увидеть список</numerusform>
            <numerusform>Здесь ещё %n событий; нажмите, чтобы увидеть список</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more: zoom in</source>
        <translation>
            <numerusform>ещё %n: приблизьте</numerusform>
            <numerusform>ещё %n: приблизьте</numerusform>
            <numerusform>ещё %n: приблизьте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were withheld by the redaction profile.</source>
        <translation>
            <numerusform>Профиль скрытия данных скрыл %n элемент.</numerusform>
            <numerusform>Профиль скрытия данных скрыл %n элемента.</numerusform>
            <numerusform>Профиль скрытия данных скрыл %n элементов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n резервная копия</numerusform>
            <numerusform>%n резервные копии</numerusform>
            <numerusform>%n резервных копий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n record(s)</source>
        <translation>
            <numerusform>Стёрта %n запись</numerusform>
            <numerusform>Стёрты %n записи</numerusform>
            <numerusform>Стёрто %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>erased the values of %n change-log entry(ies)</source>
        <translation>
            <numerusform>стёрты значения %n записи журнала изменений</numerusform>
            <numerusform>стёрты значения %n записей журнала изменений</numerusform>
            <numerusform>стёрты значения %n записей журнала изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rewrote %n backup(s)</source>
        <translation>
            <numerusform>перезаписана %n резервная копия</numerusform>
            <numerusform>перезаписаны %n резервные копии</numerusform>
            <numerusform>перезаписано %n резервных копий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Конфликты (%n)</numerusform>
            <numerusform>Конфликты (%n)</numerusform>
            <numerusform>Конфликты (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates (%n)</source>
        <translation>
            <numerusform>Возможные дубликаты (%n)</numerusform>
            <numerusform>Возможные дубликаты (%n)</numerusform>
            <numerusform>Возможные дубликаты (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 из %n события</numerusform>
            <numerusform>%1 из %n событий</numerusform>
            <numerusform>%1 из %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s)</source>
        <translation>
            <numerusform>%1 из %n источника</numerusform>
            <numerusform>%1 из %n источников</numerusform>
            <numerusform>%1 из %n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n actor(s)</source>
        <translation>
            <numerusform>%1 из %n участника</numerusform>
            <numerusform>%1 из %n участников</numerusform>
            <numerusform>%1 из %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s)</source>
        <translation>
            <numerusform>%1 из %n места</numerusform>
            <numerusform>%1 из %n мест</numerusform>
            <numerusform>%1 из %n мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>Удалить %n событие?</numerusform>
            <numerusform>Удалить %n события?</numerusform>
            <numerusform>Удалить %n событий?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n source(s)?</source>
        <translation>
            <numerusform>Удалить %n источник?</numerusform>
            <numerusform>Удалить %n источника?</numerusform>
            <numerusform>Удалить %n источников?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n actor(s)?</source>
        <translation>
            <numerusform>Удалить %n участника?</numerusform>
            <numerusform>Удалить %n участников?</numerusform>
            <numerusform>Удалить %n участников?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n place(s)?</source>
        <translation>
            <numerusform>Удалить %n место?</numerusform>
            <numerusform>Удалить %n места?</numerusform>
            <numerusform>Удалить %n мест?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) selected</source>
        <translation>
            <numerusform>Выбрано %n событие</numerusform>
            <numerusform>Выбрано %n события</numerusform>
            <numerusform>Выбрано %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) selected</source>
        <translation>
            <numerusform>Выбран %n источник</numerusform>
            <numerusform>Выбрано %n источника</numerusform>
            <numerusform>Выбрано %n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) selected</source>
        <translation>
            <numerusform>Выбран %n участник</numerusform>
            <numerusform>Выбрано %n участника</numerusform>
            <numerusform>Выбрано %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) selected</source>
        <translation>
            <numerusform>Выбрано %n место</numerusform>
            <numerusform>Выбрано %n места</numerusform>
            <numerusform>Выбрано %n мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cite %n source(s)</source>
        <translation>
            <numerusform>Сослаться на %n источник</numerusform>
            <numerusform>Сослаться на %n источника</numerusform>
            <numerusform>Сослаться на %n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New source(s) from a drop: %n</source>
        <translation>
            <numerusform>Новый источник из перетаскивания: %n</numerusform>
            <numerusform>Новые источники из перетаскивания: %n</numerusform>
            <numerusform>Новые источники из перетаскивания: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot move by %n day(s): edit the date in the form</source>
        <translation>
            <numerusform>«%1» нельзя сдвинуть на %n день: измените дату в карточке</numerusform>
            <numerusform>«%1» нельзя сдвинуть на %n дня: измените дату в карточке</numerusform>
            <numerusform>«%1» нельзя сдвинуть на %n дней: измените дату в карточке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) may fall on %1; click to zoom in</source>
        <translation>
            <numerusform>%n событие может приходиться на %1; нажмите, чтобы приблизить</numerusform>
            <numerusform>%n события могут приходиться на %1; нажмите, чтобы приблизить</numerusform>
            <numerusform>%n событий могут приходиться на %1; нажмите, чтобы приблизить</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used by %n event(s)</source>
        <translation>
            <numerusform>Используется в %n событии</numerusform>
            <numerusform>Используется в %n событиях</numerusform>
            <numerusform>Используется в %n событиях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n event(s)</source>
        <translation>
            <numerusform>На него ссылается %n событие</numerusform>
            <numerusform>На него ссылаются %n события</numerusform>
            <numerusform>На него ссылаются %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merge conflict(s)</source>
        <translation>
            <numerusform>%n конфликт объединения</numerusform>
            <numerusform>%n конфликта объединения</numerusform>
            <numerusform>%n конфликтов объединения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n of its backups are rewritten without it too (a purge that left copies would be no purge).</source>
        <translation>
            <numerusform>Его %n резервная копия тоже перезаписывается без этих данных (очистка, оставившая копии, не была бы очисткой).</numerusform>
            <numerusform>Все его %n резервные копии тоже перезаписываются без этих данных (очистка, оставившая копии, не была бы очисткой).</numerusform>
            <numerusform>Все его %n резервных копий тоже перезаписываются без этих данных (очистка, оставившая копии, не была бы очисткой).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment file(s)</source>
        <translation>
            <numerusform>%n файл вложения</numerusform>
            <numerusform>%n файла вложений</numerusform>
            <numerusform>%n файлов вложений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n ссылка на источник</numerusform>
            <numerusform>%n ссылки на источники</numerusform>
            <numerusform>%n ссылок на источники</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n цифра</numerusform>
            <numerusform>%n цифры</numerusform>
            <numerusform>%n цифр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n involvement(s)</source>
        <translation>
            <numerusform>%n участие</numerusform>
            <numerusform>%n участия</numerusform>
            <numerusform>%n участий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n связь</numerusform>
            <numerusform>%n связи</numerusform>
            <numerusform>%n связей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n метка</numerusform>
            <numerusform>%n метки</numerusform>
            <numerusform>%n меток</numerusform>
        </translation>
    </message>
</context>
</TS>
