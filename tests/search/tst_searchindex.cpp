#include "core/error.h"
#include "core/search/searchindex.h"
#include "core/store/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace SchoolSuite;

namespace {

// Indexes rows of the test table pupils, as a module's provider would.
class PupilProvider : public SearchProvider
{
public:
    explicit PupilProvider(QString table = QStringLiteral("pupils"))
        : m_table(std::move(table))
    {}

    QString table() const override { return m_table; }

    QStringList allIds(const QSqlDatabase &db) const override
    {
        QStringList ids;
        QSqlQuery q
            = Database::execOn(db, QStringLiteral("SELECT id FROM pupils WHERE deleted = 0"));
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }

    std::optional<SearchDocument> document(const QSqlDatabase &db, const QString &id) const override
    {
        QSqlQuery q = Database::execOn(db,
                                       QStringLiteral("SELECT name, student_no, class_name, phone "
                                                      "FROM pupils WHERE id = ? AND deleted = 0"),
                                       {id});
        if (!q.next())
            return std::nullopt;
        SearchDocument doc;
        doc.module = QStringLiteral("people");
        doc.kind = QStringLiteral("student");
        doc.id = id;
        doc.title = q.value(0).toString();
        doc.subtitle = q.value(2).toString();
        doc.names = {q.value(0).toString()};
        doc.texts = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        return doc;
    }

private:
    QString m_table;
};

QStringList ids(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &h : hits)
        result << h.id;
    return result;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void find_data();
    void find();
    void ranking_data();
    void ranking();
    void hitFields();
    void otherReadingsRankLower();
    void updateAfterInsert();
    void updateAfterChange();
    void updateAfterDelete();
    void updateDropsUnknownTables();
    void updateBuildsFreshIndex();
    void duplicateProvidersGiveOneHit();
    void readConnectionInWorker();
    void specialCharacters_data();
    void specialCharacters();

private:
    void addPupil(const QString &id,
                  const QString &name,
                  const QString &number,
                  const QString &className,
                  const QString &phone = QString());
    QStringList find(const QString &query) { return ids(m_index->search(query, 50)); }

    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchIndex> m_index;
};

void TestSearchIndex::addPupil(const QString &id,
                               const QString &name,
                               const QString &number,
                               const QString &className,
                               const QString &phone)
{
    m_db->exec(QStringLiteral("INSERT INTO pupils (id, name, student_no, class_name, phone) "
                              "VALUES (?, ?, ?, ?, ?)"),
               {id, name, number, className, phone});
}

void TestSearchIndex::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    m_db->open(m_dir.filePath(QStringLiteral("store%1.db").arg(++m_stores)));
    // The store's migration 0001 creates search_dirty and the triggers that fill it; this test
    // stands in for them so it depends on the search code only.
    m_db->execScript(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS search_dirty(tbl TEXT NOT NULL, row_id TEXT NOT NULL, "
        "PRIMARY KEY(tbl,row_id));\n"
        "CREATE TABLE pupils (id TEXT PRIMARY KEY, name TEXT NOT NULL, student_no TEXT, "
        "class_name TEXT, phone TEXT, deleted INTEGER NOT NULL DEFAULT 0);\n"
        "CREATE TRIGGER pupils_ins AFTER INSERT ON pupils BEGIN INSERT OR IGNORE INTO "
        "search_dirty VALUES ('pupils', NEW.id); END;\n"
        "CREATE TRIGGER pupils_upd AFTER UPDATE ON pupils BEGIN INSERT OR IGNORE INTO "
        "search_dirty VALUES ('pupils', NEW.id); END;\n"
        "CREATE TRIGGER pupils_del AFTER DELETE ON pupils BEGIN INSERT OR IGNORE INTO "
        "search_dirty VALUES ('pupils', OLD.id); END;\n"));
    QFile migration(QStringLiteral(":/migrations/core/0004_search.sql"));
    QVERIFY(migration.open(QIODevice::ReadOnly));
    m_db->execScript(QString::fromUtf8(migration.readAll()));

    addPupil(QStringLiteral("p1"),
             QStringLiteral("欧阳子涵"),
             QStringLiteral("G320102201001011234"),
             QStringLiteral("三年级2班"),
             QStringLiteral("138-1234-5678"));
    addPupil(QStringLiteral("p2"),
             QStringLiteral("单丽"),
             QStringLiteral("G110101201002022345"),
             QStringLiteral("三年级1班"));
    addPupil(QStringLiteral("p3"),
             QStringLiteral("张三"),
             QStringLiteral("G110101201003033456"),
             QStringLiteral("四年级1班"));
    addPupil(QStringLiteral("p4"),
             QStringLiteral("张三丰"),
             QStringLiteral("G110101201004044567"),
             QStringLiteral("三年级2班"));
    addPupil(QStringLiteral("p5"),
             QStringLiteral("赵六"),
             QStringLiteral("G110101201005055678"),
             QStringLiteral("五年级3班"));
    addPupil(QStringLiteral("p6"),
             QStringLiteral("曾小明"),
             QStringLiteral("G110101201006066789"),
             QStringLiteral("五年级3班"));
    addPupil(QStringLiteral("p7"),
             QStringLiteral("李子涵"),
             QStringLiteral("G110101201007077890"),
             QStringLiteral("六年级1班"));
    addPupil(QStringLiteral("p8"),
             QStringLiteral("张伟"),
             QStringLiteral("G110101201008088901"),
             QStringLiteral("三年级1班"));

    m_index = std::make_unique<SearchIndex>(*m_db);
    m_index->addProvider(std::make_shared<PupilProvider>());
    m_index->rebuild();
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM search_dirty")).toInt(), 0);
}

void TestSearchIndex::cleanup()
{
    m_index.reset();
    m_db.reset();
}

void TestSearchIndex::find_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &query, const QStringList &expected) {
        QTest::newRow(name) << query << expected;
    };
    const QString p1 = QStringLiteral("p1");
    row("one character", QStringLiteral("欧"), {p1});
    row("surname", QStringLiteral("欧阳"), {p1});
    row("given name", QStringLiteral("子涵"), {p1, QStringLiteral("p7")});
    row("bigram across surname", QStringLiteral("阳子"), {p1});
    row("three characters", QStringLiteral("阳子涵"), {p1});
    row("whole name", QStringLiteral("欧阳子涵"), {p1});
    row("no such bigram", QStringLiteral("张子"), {});
    row("pinyin surname", QStringLiteral("ouyang"), {p1});
    row("pinyin whole", QStringLiteral("ouyangzihan"), {p1});
    row("pinyin from a syllable", QStringLiteral("zihan"), {p1, QStringLiteral("p7")});
    row("pinyin prefix", QStringLiteral("ouyangz"), {p1});
    row("pinyin upper case", QStringLiteral("OuYang"), {p1});
    row("initials", QStringLiteral("oyzh"), {p1});
    row("initials prefix", QStringLiteral("oy"), {p1});
    row("polyphonic surname pinyin", QStringLiteral("shanli"), {QStringLiteral("p2")});
    row("polyphonic surname initials", QStringLiteral("sl"), {QStringLiteral("p2")});
    row("曾 as zeng", QStringLiteral("zengxiaoming"), {QStringLiteral("p6")});
    row("曾 initials", QStringLiteral("zxm"), {QStringLiteral("p6")});
    row("student number prefix", QStringLiteral("G3201"), {p1});
    row("student number lower case", QStringLiteral("g320102"), {p1});
    row("full-width student number", QStringLiteral("Ｇ３２０１"), {p1});
    row("phone part", QStringLiteral("5678"), {p1});
    row("phone without dashes", QStringLiteral("1381234"), {p1});
    row("class", QStringLiteral("三年级2班"), {p1, QStringLiteral("p4")});
    row("two terms", QStringLiteral("张 三年级"), {QStringLiteral("p4"), QStringLiteral("p8")});
    row("two pinyin terms",
        QStringLiteral("zhang san"),
        {QStringLiteral("p3"), QStringLiteral("p4")});
    // "1" is a prefix of the class number and of p1's phone number 138-1234-5678.
    row("terms in other fields",
        QStringLiteral("zh 1班"),
        {p1, QStringLiteral("p3"), QStringLiteral("p7"), QStringLiteral("p8")});
    row("nothing", QStringLiteral("xyz"), {});
}

void TestSearchIndex::find()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(sorted(find(query)), sorted(expected));
}

void TestSearchIndex::ranking_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    // Exact title first, then matches at the start of a name in pinyin order, then the rest.
    QTest::newRow("张三") << QStringLiteral("张三")
                          << QStringList{QStringLiteral("p3"), QStringLiteral("p4")};
    QTest::newRow("zhangsan") << QStringLiteral("zhangsan")
                              << QStringList{QStringLiteral("p3"), QStringLiteral("p4")};
    QTest::newRow("zh") << QStringLiteral("zh")
                        << QStringList{QStringLiteral("p3"),
                                       QStringLiteral("p4"),
                                       QStringLiteral("p8"),
                                       QStringLiteral("p5"),
                                       QStringLiteral("p7"),
                                       QStringLiteral("p1")};
    QTest::newRow("三") << QStringLiteral("三")
                        << QStringList{QStringLiteral("p3"),
                                       QStringLiteral("p4"), // in the name
                                       QStringLiteral("p1"),
                                       QStringLiteral("p2"), // in the class
                                       QStringLiteral("p8")};
}

void TestSearchIndex::ranking()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(find(query), expected);
}

void TestSearchIndex::hitFields()
{
    const QList<SearchHit> hits = m_index->search(QStringLiteral("oyzh"), 5);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].module, QStringLiteral("people"));
    QCOMPARE(hits[0].kind, QStringLiteral("student"));
    QCOMPARE(hits[0].id, QStringLiteral("p1"));
    QCOMPARE(hits[0].title, QStringLiteral("欧阳子涵"));
    QCOMPARE(hits[0].subtitle, QStringLiteral("三年级2班"));
    QCOMPARE(m_index->search(QStringLiteral("z"), 3).size(), 3); // limit
}

void TestSearchIndex::otherReadingsRankLower()
{
    // 丁 reads ding, and zheng in some words: 丁一 is found by zhengyi, after 郑一.
    addPupil(QStringLiteral("d1"), QStringLiteral("丁一"), QString(), QString());
    addPupil(QStringLiteral("z1"), QStringLiteral("郑一"), QString(), QString());
    QCOMPARE(m_index->update(), 2);
    QCOMPARE(find(QStringLiteral("zhengyi")),
             (QStringList{QStringLiteral("z1"), QStringLiteral("d1")}));
    QCOMPARE(find(QStringLiteral("dingyi")), QStringList{QStringLiteral("d1")});
    // 曾 as a surname reads zeng, but whoever types ceng still finds 曾小明.
    QCOMPARE(find(QStringLiteral("cengxiaoming")), QStringList{QStringLiteral("p6")});
}

void TestSearchIndex::updateAfterInsert()
{
    addPupil(QStringLiteral("p9"),
             QStringLiteral("欧阳娜娜"),
             QStringLiteral("G9"),
             QStringLiteral("一年级1班"));
    QCOMPARE(find(QStringLiteral("ouyang")), QStringList{QStringLiteral("p1")}); // not yet
    QCOMPARE(m_index->update(), 1);
    QCOMPARE(find(QStringLiteral("ouyang")),
             (QStringList{QStringLiteral("p9"), QStringLiteral("p1")}));
    QCOMPARE(find(QStringLiteral("nana")), QStringList{QStringLiteral("p9")});
    QCOMPARE(m_index->update(), 0);
}

void TestSearchIndex::updateAfterChange()
{
    m_db->exec(QStringLiteral("UPDATE pupils SET name = '单美' WHERE id = 'p2'"));
    QCOMPARE(m_index->update(), 1);
    QCOMPARE(find(QStringLiteral("shanli")), QStringList());
    QCOMPARE(find(QStringLiteral("丽")), QStringList());
    QCOMPARE(find(QStringLiteral("shanmei")), QStringList{QStringLiteral("p2")});
    QCOMPARE(find(QStringLiteral("sm")), QStringList{QStringLiteral("p2")});
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM search_doc")).toInt(), 8);
}

void TestSearchIndex::updateAfterDelete()
{
    m_db->exec(QStringLiteral("UPDATE pupils SET deleted = 1 WHERE id = 'p3'")); // tombstone
    m_db->exec(QStringLiteral("DELETE FROM pupils WHERE id = 'p5'"));
    QCOMPARE(m_index->update(), 2);
    QCOMPARE(find(QStringLiteral("张三")), QStringList{QStringLiteral("p4")});
    QCOMPARE(find(QStringLiteral("zhaoliu")), QStringList());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM search_doc")).toInt(), 6);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM search_token WHERE doc NOT IN "
                                         "(SELECT doc FROM search_doc)"))
                 .toInt(),
             0);
}

void TestSearchIndex::updateDropsUnknownTables()
{
    m_db->exec(QStringLiteral("INSERT INTO search_dirty VALUES ('rooms', 'r1')"));
    QCOMPARE(m_index->update(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM search_dirty")).toInt(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM search_doc")).toInt(), 8);
}

void TestSearchIndex::updateBuildsFreshIndex()
{
    // A store that never had an index (or one cut by another version) is built in full.
    m_db->exec(QStringLiteral("DELETE FROM search_meta"));
    m_db->exec(QStringLiteral("DELETE FROM search_doc"));
    m_db->exec(QStringLiteral("DELETE FROM search_token"));
    QCOMPARE(find(QStringLiteral("oyzh")), QStringList());
    QCOMPARE(m_index->update(), 8);
    QCOMPARE(find(QStringLiteral("oyzh")), QStringList{QStringLiteral("p1")});
    QCOMPARE(m_index->update(), 0);
}

void TestSearchIndex::duplicateProvidersGiveOneHit()
{
    m_index->addProvider(std::make_shared<PupilProvider>(QStringLiteral("pupil_mirror")));
    m_index->rebuild();
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM search_doc")).toInt(), 16);
    QCOMPARE(find(QStringLiteral("欧阳")), QStringList{QStringLiteral("p1")});
    QCOMPARE(find(QStringLiteral("zhang")),
             (QStringList{QStringLiteral("p3"), QStringLiteral("p4"), QStringLiteral("p8")}));
}

void TestSearchIndex::readConnectionInWorker()
{
    Database *db = m_db.get();
    QFuture<QStringList> future = QtConcurrent::run([db] {
        return ids(SearchIndex::search(db->readConnection(), QStringLiteral("oyzh"), 10));
    });
    QCOMPARE(future.result(), QStringList{QStringLiteral("p1")});
    QCOMPARE(ids(SearchIndex::search(m_db->readConnection(), QStringLiteral("单丽"), 10)),
             QStringList{QStringLiteral("p2")});
}

void TestSearchIndex::specialCharacters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList p1{QStringLiteral("p1")};
    QTest::newRow("double quote") << QStringLiteral("\"") << QStringList();
    QTest::newRow("quoted") << QStringLiteral("\"欧阳") << p1;
    QTest::newRow("single quotes") << QStringLiteral("'ouyang'") << p1;
    QTest::newRow("star") << QStringLiteral("ou*") << p1;
    QTest::newRow("star alone") << QStringLiteral("*") << QStringList();
    QTest::newRow("minus") << QStringLiteral("-ouyang") << p1;
    QTest::newRow("parentheses") << QStringLiteral("(oyzh)") << p1;
    QTest::newRow("unbalanced") << QStringLiteral("((欧阳") << p1;
    QTest::newRow("OR") << QStringLiteral("ouyang OR zhang") << QStringList();
    QTest::newRow("NEAR") << QStringLiteral("NEAR(ou zh)") << QStringList();
    QTest::newRow("NOT") << QStringLiteral("NOT") << QStringList();
    QTest::newRow("column filter") << QStringLiteral("title:ouyang") << QStringList();
    QTest::newRow("caret") << QStringLiteral("^ou") << p1;
    QTest::newRow("like wildcards") << QStringLiteral("%_") << QStringList();
    QTest::newRow("backslash") << QStringLiteral("\\") << QStringList();
    QTest::newRow("injection") << QStringLiteral("'; DROP TABLE search_doc; --") << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("spaces") << QStringLiteral("   \t ") << QStringList();
    QTest::newRow("emoji") << QStringLiteral("😀") << QStringList();
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QStringList();
    QTest::newRow("many terms") << QStringLiteral("a b c d e f g h i j k l m n o p")
                                << QStringList();
    QTest::newRow("long run") << QStringLiteral("欧阳子涵").repeated(100) << QStringList();
    QTest::newRow("long word") << QStringLiteral("x").repeated(5000) << QStringList();
}

void TestSearchIndex::specialCharacters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QStringList found;
    try {
        found = find(query);
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message()));
    }
    QCOMPARE(found, expected);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM search_doc")).toInt(), 8);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
