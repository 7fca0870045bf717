#include "librarydemo.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/store/database.h"
#include "isbn.h"
#include "libraryservice.h"

#include <QDate>
#include <QRandomGenerator>

namespace SchoolSuite::LibraryDemo {

namespace {

struct Publisher
{
    const char *name;
    const char *place;
    const char *prefix; // ISBN registrant in group 7
};

const Publisher kPublishers[] = {
    {"人民文学出版社", "北京", "02"},
    {"商务印书馆", "北京", "100"},
    {"中华书局", "北京", "101"},
    {"科学出版社", "北京", "03"},
    {"人民教育出版社", "北京", "107"},
    {"少年儿童出版社", "上海", "5324"},
    {"浙江少年儿童出版社", "杭州", "5342"},
    {"中国少年儿童出版社", "北京", "5007"},
    {"译林出版社", "南京", "5447"},
    {"上海译文出版社", "上海", "5327"},
    {"北京大学出版社", "北京", "301"},
    {"教育科学出版社", "北京", "5041"},
    {"外语教学与研究出版社", "北京", "5135"},
    {"长江少年儿童出版社", "武汉", "5560"},
};

struct Book
{
    const char *title;
    const char *responsibility;
    int publisher; // index into kPublishers
    const char *clc;
    int year;
    int pages;
    int yuan;
    const char *subjects;
    const char *type; // item type
    int copies;       // in the small demo
};

const Book kBooks[] = {
    {"西游记", "(明) 吴承恩著", 0, "I242.4", 2019, 1086, 68, "章回小说；中国；明代", "book", 6},
    {"红楼梦",
     "(清) 曹雪芹, 高鹗著",
     0,
     "I242.4",
     2018,
     1606,
     59,
     "章回小说；中国；清代",
     "book",
     6},
    {"三国演义", "(明) 罗贯中著", 0, "I242.4", 2019, 984, 49, "章回小说；中国；明代", "book", 5},
    {"水浒传",
     "(明) 施耐庵, 罗贯中著",
     0,
     "I242.4",
     2019,
     1124,
     56,
     "章回小说；中国；明代",
     "book",
     5},
    {"朝花夕拾", "鲁迅著", 0, "I210.4", 2021, 128, 22, "散文集；中国；现代", "book", 8},
    {"呐喊", "鲁迅著", 0, "I210.6", 2020, 176, 25, "短篇小说；中国；现代", "book", 5},
    {"骆驼祥子", "老舍著", 0, "I246.5", 2020, 240, 28, "长篇小说；中国；现代", "book", 8},
    {"边城", "沈从文著", 0, "I246.4", 2019, 168, 26, "中篇小说；中国；现代", "book", 4},
    {"围城", "钱钟书著", 0, "I246.5", 2017, 359, 39, "长篇小说；中国；现代", "book", 3},
    {"家", "巴金著", 0, "I246.5", 2018, 334, 32, "长篇小说；中国；现代", "book", 3},
    {"平凡的世界", "路遥著", 0, "I247.5", 2021, 1262, 108, "长篇小说；中国；当代", "book", 3},
    {"繁星·春水", "冰心著", 0, "I226", 2020, 150, 20, "诗集；中国；现代", "book", 6},
    {"艾青诗选", "艾青著", 0, "I227", 2020, 232, 26, "诗集；中国；现代", "book", 5},
    {"唐诗三百首", "(清) 蘅塘退士编", 2, "I222.742", 2016, 416, 32, "唐诗；诗集", "book", 6},
    {"宋词三百首", "上彊村民编", 2, "I222.844", 2016, 392, 32, "宋词；词集", "book", 4},
    {"论语译注", "杨伯峻译注", 2, "B222.22", 2017, 312, 36, "儒家；论语", "book", 3},
    {"史记选", "(汉) 司马迁著", 2, "K204.2", 2018, 420, 45, "纪传体；中国历史", "book", 2},
    {"古文观止", "(清) 吴楚材, 吴调侯选", 2, "H194.1", 2016, 896, 58, "古汉语；文言文", "book", 3},
    {"乡土中国", "费孝通著", 10, "C912.82", 2012, 128, 26, "农村社会学；中国", "book", 4},
    {"经典常谈", "朱自清著", 1, "Z126", 2019, 136, 22, "国学；经典", "book", 4},
    {"红星照耀中国",
     "(美) 埃德加·斯诺著 ; 董乐山译",
     0,
     "K265.9",
     2016,
     459,
     49,
     "中国革命；史料",
     "book",
     5},
    {"草房子", "曹文轩著", 6, "I287.45", 2020, 302, 28, "儿童小说；中国；当代", "book", 8},
    {"青铜葵花", "曹文轩著", 6, "I287.45", 2019, 262, 25, "儿童小说；中国；当代", "book", 6},
    {"狼王梦", "沈石溪著", 6, "I287.45", 2018, 236, 22, "动物小说；中国；当代", "book", 5},
    {"淘气包马小跳：贪玩老爸",
     "杨红樱著",
     7,
     "I287.45",
     2019,
     176,
     20,
     "儿童小说；中国；当代",
     "book",
     6},
    {"皮皮鲁传", "郑渊洁著", 5, "I287.45", 2018, 224, 25, "童话；中国；当代", "book", 5},
    {"大林和小林", "张天翼著", 7, "I287.45", 2017, 200, 22, "童话；中国；现代", "book", 4},
    {"稻草人", "叶圣陶著", 7, "I287.7", 2018, 164, 19, "童话；中国；现代", "book", 5},
    {"小王子",
     "(法) 圣埃克苏佩里著 ; 马振骋译",
     9,
     "I565.88",
     2019,
     112,
     28,
     "童话；法国；现代",
     "book",
     8},
    {"夏洛的网",
     "(美) E.B. 怀特著 ; 任溶溶译",
     9,
     "I712.88",
     2018,
     184,
     25,
     "童话；美国；现代",
     "book",
     6},
    {"窗边的小豆豆",
     "(日) 黑柳彻子著 ; 赵玉皎译",
     13,
     "I313.88",
     2018,
     272,
     30,
     "儿童文学；日本；现代",
     "book",
     6},
    {"海底两万里",
     "(法) 儒勒·凡尔纳著 ; 赵克非译",
     0,
     "I565.44",
     2018,
     424,
     35,
     "科学幻想小说；法国",
     "book",
     5},
    {"鲁滨逊漂流记",
     "(英) 笛福著 ; 徐霞村译",
     0,
     "I561.44",
     2017,
     288,
     28,
     "长篇小说；英国；近代",
     "book",
     5},
    {"格列佛游记",
     "(英) 斯威夫特著 ; 张健译",
     0,
     "I561.44",
     2017,
     320,
     30,
     "讽刺小说；英国",
     "book",
     3},
    {"汤姆·索亚历险记",
     "(美) 马克·吐温著 ; 张友松译",
     0,
     "I712.44",
     2018,
     268,
     27,
     "长篇小说；美国；近代",
     "book",
     4},
    {"童年",
     "(苏) 高尔基著 ; 刘辽逸译",
     0,
     "I512.44",
     2019,
     286,
     29,
     "自传体小说；苏联",
     "book",
     5},
    {"钢铁是怎样炼成的",
     "(苏) 奥斯特洛夫斯基著 ; 梅益译",
     0,
     "I512.45",
     2018,
     478,
     38,
     "长篇小说；苏联",
     "book",
     4},
    {"安徒生童话选",
     "(丹) 安徒生著 ; 叶君健译",
     0,
     "I534.88",
     2018,
     352,
     32,
     "童话；丹麦",
     "book",
     6},
    {"格林童话",
     "(德) 格林兄弟著 ; 魏以新译",
     0,
     "I516.88",
     2018,
     334,
     30,
     "童话；德国",
     "book",
     5},
    {"爱的教育",
     "(意) 亚米契斯著 ; 夏丏尊译",
     8,
     "I546.45",
     2019,
     312,
     29,
     "日记体小说；意大利",
     "book",
     5},
    {"昆虫记",
     "(法) 法布尔著 ; 陈筱卿译",
     8,
     "Q96-49",
     2019,
     336,
     36,
     "昆虫学；普及读物",
     "book",
     6},
    {"十万个为什么：天文",
     "韩启德主编",
     5,
     "Z228.1",
     2013,
     212,
     30,
     "科学知识；少儿读物",
     "book",
     4},
    {"十万个为什么：地球",
     "韩启德主编",
     5,
     "Z228.1",
     2013,
     208,
     30,
     "科学知识；少儿读物",
     "book",
     4},
    {"时间简史",
     "(英) 斯蒂芬·霍金著 ; 许明贤, 吴忠超译",
     3,
     "P159-49",
     2010,
     228,
     45,
     "宇宙学；普及读物",
     "book",
     3},
    {"万物简史",
     "(美) 比尔·布莱森著 ; 严维明, 陈邕译",
     8,
     "N49",
     2016,
     512,
     58,
     "自然科学；普及读物",
     "book",
     2},
    {"中华上下五千年",
     "林汉达, 曹余章编著",
     7,
     "K209",
     2017,
     880,
     86,
     "中国历史；通俗读物",
     "book",
     4},
    {"趣味数学", "谈祥柏著", 3, "O1-49", 2015, 236, 32, "数学；普及读物", "book", 3},
    {"物理世界奇遇记",
     "(美) 乔治·伽莫夫著 ; 吴伯泽译",
     3,
     "O4-49",
     2014,
     266,
     35,
     "物理学；普及读物",
     "book",
     3},
    {"植物的故事", "林丰著", 7, "Q94-49", 2016, 160, 25, "植物学；少儿读物", "book", 3},
    {"人体的奥秘", "王杰编", 7, "R32-49", 2016, 168, 25, "人体；少儿读物", "book", 3},
    {"新华字典（第12版）",
     "中国社会科学院语言研究所修订",
     1,
     "H163",
     2020,
     880,
     43,
     "汉语；字典",
     "reference",
     3},
    {"现代汉语词典（第7版）",
     "中国社会科学院语言研究所词典编辑室编",
     1,
     "H164",
     2016,
     1800,
     109,
     "现代汉语；词典",
     "reference",
     2},
    {"牛津高阶英汉双解词典",
     "(英) 霍恩比著",
     1,
     "H316",
     2018,
     2600,
     169,
     "英语；词典",
     "reference",
     2},
    {"中国地图册", "中国地图出版社编", 4, "K992.1", 2021, 180, 26, "地图；中国", "reference", 2},
    {"儿童文学（2024年合订本）",
     "中国少年儿童新闻出版总社编",
     7,
     "I287",
     2024,
     300,
     60,
     "儿童文学；期刊",
     "periodical",
     2},
    {"我们爱科学（2024年合订本）",
     "中国少年儿童新闻出版总社编",
     7,
     "N49",
     2024,
     280,
     60,
     "科学知识；期刊",
     "periodical",
     2},
    {"英语听力训练（配光盘）", "外研社编", 12, "H319.9", 2019, 120, 35, "英语；听力", "av", 2},
    {"给教师的建议",
     "(苏) 苏霍姆林斯基著 ; 杜殿坤编译",
     11,
     "G41",
     2016,
     420,
     39,
     "教育学；教学法",
     "book",
     3},
    {"班主任工作漫谈", "魏书生著", 11, "G625.1", 2014, 268, 30, "班主任工作；经验", "book", 2},
    {"教育心理学", "陈琦, 刘儒德主编", 10, "G44", 2019, 452, 56, "教育心理学；教材", "book", 2},
    {"Python编程：从入门到实践",
     "(美) 埃里克·马瑟斯著 ; 袁国忠译",
     10,
     "TP311.561",
     2020,
     474,
     89,
     "程序设计；Python",
     "book",
     2},
};

QString isbnFor(const char *prefix, quint32 article)
{
    const QString registrant = QString::fromLatin1(prefix);
    const int articleDigits = 8 - int(registrant.size());
    quint32 modulus = 1;
    for (int i = 0; i < articleDigits; ++i)
        modulus *= 10;
    const QString number
        = QString::number(article % modulus).rightJustified(articleDigits, QLatin1Char('0'));
    const QString twelve = QStringLiteral("9787") + registrant + number;
    return twelve + Isbn::checkDigit13(twelve);
}

QString shelfFor(const QString &clc, int n)
{
    return QStringLiteral("%1-%2").arg(clc.left(1)).arg(1 + n % 6, 2, 10, QLatin1Char('0'));
}

// Variants that make the large catalog: the same works in other editions and readers' series.
const char *const kEditions[] = {"（青少版）",
                                 "（插图本）",
                                 "（注音版）",
                                 "（名著导读版）",
                                 "（典藏版）",
                                 "（彩绘本）",
                                 "（精编本）",
                                 "（学生版）"};

} // namespace

void create(LocalStore &store, bool large, quint32 seed)
{
    Database &db = store.db();
    const Session session = Session::commandLine(db);
    LibraryService service(session);
    CatalogWriter writer(service);
    QRandomGenerator rng(seed ^ 0x11b7a7u);
    const QString location = QStringLiteral("图书馆");
    const QDate today = QDate::currentDate();

    auto addBook = [&](const Book &b, const QString &title, int copies, int edition) {
        const Publisher &p = kPublishers[b.publisher];
        BibRecord r;
        r.isbn = isbnFor(p.prefix, quint32(qHash(title) + 7919u * quint32(edition)));
        r.title = title;
        r.responsibility = QString::fromUtf8(b.responsibility);
        r.publisher = QString::fromUtf8(p.name);
        r.place = QString::fromUtf8(p.place);
        r.year = qMin(b.year + edition, today.year());
        r.clc = QString::fromLatin1(b.clc);
        r.subjects = QString::fromUtf8(b.subjects).split(QStringLiteral("；"));
        r.priceFen = qint64(b.yuan) * 100;
        r.pages = b.pages;
        r.language = QStringLiteral("chi");
        r.source = QStringLiteral("local");
        const QString titleId = writer.addTitle(r);
        for (int i = 0; i < copies; ++i) {
            LibraryCopy c;
            c.titleId = titleId;
            c.clc = r.clc;
            c.itemType = QString::fromLatin1(b.type);
            c.location = location;
            c.shelf = shelfFor(r.clc, int(rng.bounded(100)));
            c.acquiredOn = today.addDays(-int(rng.bounded(5 * 365)));
            c.acquisitionSource
                = rng.bounded(5) == 0 ? QStringLiteral("donation") : QStringLiteral("purchase");
            c.priceFen = r.priceFen;
            writer.addCopy(c);
        }
    };

    for (const Book &b : kBooks)
        addBook(b, QString::fromUtf8(b.title), b.copies, 0);
    if (large) {
        // Every work again in the editions school libraries collect, two copies each.
        for (int e = 0; e < int(std::size(kEditions)); ++e) {
            for (const Book &b : kBooks) {
                if (QByteArray(b.type) != "book")
                    continue;
                addBook(b, QString::fromUtf8(b.title) + QString::fromUtf8(kEditions[e]), 2, e + 1);
            }
        }
    }
    writer.finish();
}

} // namespace SchoolSuite::LibraryDemo
