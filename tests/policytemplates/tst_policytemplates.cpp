// Checks the Windows Group Policy templates (installer/policy) against the table of configuration
// keys (SettingKey::all()) and the key names of settingkey.h: one policy per key, value names
// spelt exactly as the code reads them, matching types and ranges, and every string and
// presentation present in each language.

#include "core/settings/settingkey.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace SchoolSuite;
using namespace Qt::StringLiterals;

namespace {

const QString SourceDir = QStringLiteral(SCHOOLSUITE_SOURCE_DIR);
const QString PolicyKey = u"Software\\Policies\\SchoolSuite\\SchoolSuite"_s;
const QStringList Languages = {u"en-US"_s, u"zh-CN"_s};

// The ADMX class each key's policy must have: where the program reads it (Policy::fromSystem
// reads HKCU only for keys of class Both).
QString expectedClass(const QString &key)
{
    const SettingKey *known = SettingKey::find(key);
    return known && known->policyClass == SettingKey::PolicyClass::Machine ? u"Machine"_s
                                                                           : u"Both"_s;
}

using Attributes = QHash<QString, QString>;

Attributes attributesOf(const QXmlStreamReader &xml)
{
    Attributes result;
    for (const QXmlStreamAttribute &a : xml.attributes())
        result.insert(a.qualifiedName().toString(), a.value().toString());
    return result;
}

QString sorted(QStringList list)
{
    list.sort();
    return list.join(u", "_s);
}

// An ADMX policy element (<text>, <decimal>, <enum>, ...).
struct Element
{
    QString kind;
    QString id;
    QString valueName;
    Attributes attributes;
    QStringList enumValues;  // <enum>: the <string> value of each item
    int enumOtherValues = 0; // <enum>: items whose value is not a <string>
};

struct PolicyDef
{
    qint64 line = 0;
    Attributes attributes; // name, class, key, valueName, displayName, ...
    QStringList parentCategories;
    QStringList supportedOn;
    QStringList enabledValue;  // "decimal:1", "string:x", ...
    QStringList disabledValue; // idem
    QList<Element> elements;

    QString attr(const QString &name) const { return attributes.value(name); }
    QString where() const
    {
        return u"policy \"%1\" (SchoolSuite.admx line %2)"_s.arg(attr(u"name"_s)).arg(line);
    }
    // Every registry value the policy writes, with the element that writes it (null: the
    // policy's own valueName).
    QList<QPair<QString, const Element *>> valueNames() const
    {
        QList<QPair<QString, const Element *>> result;
        if (attributes.contains(u"valueName"_s))
            result.append({attr(u"valueName"_s), nullptr});
        for (const Element &e : elements)
            result.append({e.valueName, &e});
        return result;
    }
};

struct Admx
{
    QString error;
    Attributes target;
    QString minRequiredRevision;
    QSet<QString> categories;
    QSet<QString> supportedDefinitions;
    QList<PolicyDef> policies;
    QSet<QString> stringRefs;       // X of every $(string.X)
    QSet<QString> presentationRefs; // X of every $(presentation.X)
};

struct Control
{
    QString kind; // textBox, decimalTextBox, dropdownList, ...
    QString refId;
    Attributes attributes;
};

struct Adml
{
    QString error;
    QString revision;
    QHash<QString, QString> strings;
    QHash<QString, QList<Control>> presentations;
    QStringList duplicates;
};

QString readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString xmlError(const QString &path, const QXmlStreamReader &xml)
{
    return u"%1:%2:%3: %4"_s.arg(path)
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

Admx readAdmx(const QString &path)
{
    Admx admx;
    const QString text = readFile(path, &admx.error);
    if (!admx.error.isEmpty())
        return admx;
    static const QRegularExpression reference(u"\\$\\((string|presentation)\\.([^)]*)\\)"_s);
    QXmlStreamReader xml(text);
    QStringList openElements; // names of the open elements
    PolicyDef policy;
    Element element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QString parent = openElements.value(openElements.size() - 1);
            const bool inPolicy = openElements.contains(u"policy"_s);
            const Attributes attributes = attributesOf(xml);
            for (const QString &value : attributes) {
                auto it = reference.globalMatch(value);
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    (m.captured(1) == u"string"_s ? admx.stringRefs : admx.presentationRefs)
                        .insert(m.captured(2));
                }
            }
            if (name == u"target"_s && parent == u"policyNamespaces"_s) {
                admx.target = attributes;
            } else if (name == u"resources"_s) {
                admx.minRequiredRevision = attributes.value(u"minRequiredRevision"_s);
            } else if (name == u"definition"_s && parent == u"definitions"_s) {
                admx.supportedDefinitions.insert(attributes.value(u"name"_s));
            } else if (name == u"category"_s && parent == u"categories"_s) {
                admx.categories.insert(attributes.value(u"name"_s));
            } else if (name == u"policy"_s) {
                policy = PolicyDef();
                policy.line = xml.lineNumber();
                policy.attributes = attributes;
            } else if (inPolicy && name == u"parentCategory"_s) {
                policy.parentCategories.append(attributes.value(u"ref"_s));
            } else if (inPolicy && name == u"supportedOn"_s) {
                policy.supportedOn.append(attributes.value(u"ref"_s));
            } else if (inPolicy && parent == u"enabledValue"_s) {
                policy.enabledValue.append(name + u':' + attributes.value(u"value"_s));
            } else if (inPolicy && parent == u"disabledValue"_s) {
                policy.disabledValue.append(name + u':' + attributes.value(u"value"_s));
            } else if (inPolicy && parent == u"elements"_s) {
                element = Element();
                element.kind = name;
                element.id = attributes.value(u"id"_s);
                element.valueName = attributes.value(u"valueName"_s);
                element.attributes = attributes;
            } else if (inPolicy && openElements.contains(u"enum"_s) && parent == u"value"_s) {
                if (name == u"string"_s) {
                    element.enumValues.append(xml.readElementText());
                    continue; // readElementText() consumed the end element
                }
                ++element.enumOtherValues;
            }
            openElements.append(name);
        } else if (xml.isEndElement()) {
            openElements.removeLast();
            const QString name = xml.name().toString();
            const QString parent = openElements.value(openElements.size() - 1);
            if (name == u"policy"_s)
                admx.policies.append(policy);
            else if (parent == u"elements"_s && openElements.contains(u"policy"_s))
                policy.elements.append(element);
        }
    }
    if (xml.hasError())
        admx.error = xmlError(path, xml);
    return admx;
}

Adml readAdml(const QString &path)
{
    Adml adml;
    const QString text = readFile(path, &adml.error);
    if (!adml.error.isEmpty())
        return adml;
    QXmlStreamReader xml(text);
    QStringList openElements;
    QString presentation;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QString parent = openElements.value(openElements.size() - 1);
            const Attributes attributes = attributesOf(xml);
            if (name == u"policyDefinitionResources"_s) {
                adml.revision = attributes.value(u"revision"_s);
            } else if (name == u"string"_s && parent == u"stringTable"_s) {
                const QString id = attributes.value(u"id"_s);
                if (adml.strings.contains(id))
                    adml.duplicates.append(u"string "_s + id);
                adml.strings.insert(id, xml.readElementText());
                continue;
            } else if (name == u"presentation"_s && parent == u"presentationTable"_s) {
                presentation = attributes.value(u"id"_s);
                if (adml.presentations.contains(presentation))
                    adml.duplicates.append(u"presentation "_s + presentation);
                adml.presentations[presentation];
            } else if (parent == u"presentation"_s && attributes.contains(u"refId"_s)) {
                adml.presentations[presentation].append(
                    {name, attributes.value(u"refId"_s), attributes});
            }
            openElements.append(name);
        } else if (xml.isEndElement()) {
            openElements.removeLast();
        }
    }
    if (xml.hasError())
        adml.error = xmlError(path, xml);
    return adml;
}

QString controlFor(const QString &elementKind)
{
    static const QHash<QString, QString> controls = {
        {u"text"_s, u"textBox"_s},
        {u"decimal"_s, u"decimalTextBox"_s},
        {u"longDecimal"_s, u"longDecimalTextBox"_s},
        {u"enum"_s, u"dropdownList"_s},
        {u"boolean"_s, u"checkBox"_s},
        {u"list"_s, u"listBox"_s},
        {u"multiText"_s, u"multiTextBox"_s},
    };
    return controls.value(elementKind);
}

QString typeName(SettingKey::Type type)
{
    switch (type) {
    case SettingKey::Type::Int:
        return u"Int"_s;
    case SettingKey::Type::Bool:
        return u"Bool"_s;
    case SettingKey::Type::Language:
        return u"Language"_s;
    case SettingKey::Type::Path:
        return u"Path"_s;
    case SettingKey::Type::Url:
        return u"Url"_s;
    case SettingKey::Type::String:
        return u"String"_s;
    default:
        return u"list type %1"_s.arg(int(type));
    }
}

} // namespace

class TestPolicyTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void namespacesAndRevisions();
    void referencedResourcesExist_data();
    void referencedResourcesExist();
    void noUnusedResources_data();
    void noUnusedResources();
    void languagesDefineTheSameIds();
    void presentationsMatchElements_data();
    void presentationsMatchElements();
    void valueNamesMatchSettingKeys();
    void valueNamesMatchHeader();
    void everyPolicyIsWellFormed();
    void policyMatchesKey_data();
    void policyMatchesKey();

private:
    const PolicyDef *policyWriting(const QString &valueName, const Element **element) const;

    Admx m_admx;
    QHash<QString, Adml> m_adml; // by language
};

void TestPolicyTemplates::initTestCase()
{
    const QString dir = SourceDir + u"/installer/policy/"_s;
    m_admx = readAdmx(dir + u"SchoolSuite.admx"_s);
    QVERIFY2(m_admx.error.isEmpty(), qPrintable(m_admx.error));
    QVERIFY2(!m_admx.policies.isEmpty(), "SchoolSuite.admx defines no policy");
    for (const QString &language : Languages) {
        const Adml adml = readAdml(dir + language + u"/SchoolSuite.adml"_s);
        QVERIFY2(adml.error.isEmpty(), qPrintable(adml.error));
        QVERIFY2(adml.duplicates.isEmpty(),
                 qPrintable(u"%1/SchoolSuite.adml defines twice: %2"_s.arg(
                     language, adml.duplicates.join(u", "_s))));
        m_adml.insert(language, adml);
    }
}

void TestPolicyTemplates::namespacesAndRevisions()
{
    QCOMPARE(m_admx.target.value(u"prefix"_s), u"schoolsuite"_s);
    QCOMPARE(m_admx.target.value(u"namespace"_s), u"SchoolSuite.Policies.SchoolSuite"_s);
    for (const QString &language : Languages) {
        QVERIFY2(m_adml[language].revision == m_admx.minRequiredRevision,
                 qPrintable(u"%1/SchoolSuite.adml has revision \"%2\", SchoolSuite.admx requires "
                            "\"%3\""_s.arg(
                                language, m_adml[language].revision, m_admx.minRequiredRevision)));
    }
}

void TestPolicyTemplates::referencedResourcesExist_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestPolicyTemplates::referencedResourcesExist()
{
    QFETCH(QString, language);
    const Adml &adml = m_adml[language];
    QStringList missing;
    for (const QString &id : std::as_const(m_admx.stringRefs)) {
        if (!adml.strings.contains(id))
            missing.append(u"string "_s + id);
        else if (adml.strings.value(id).trimmed().isEmpty())
            missing.append(u"string %1 (empty)"_s.arg(id));
    }
    for (const QString &id : std::as_const(m_admx.presentationRefs)) {
        if (!adml.presentations.contains(id))
            missing.append(u"presentation "_s + id);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"SchoolSuite.admx refers to what %1/SchoolSuite.adml lacks: %2"_s.arg(
                 language, sorted(missing))));
}

void TestPolicyTemplates::noUnusedResources_data()
{
    referencedResourcesExist_data();
}

void TestPolicyTemplates::noUnusedResources()
{
    QFETCH(QString, language);
    const Adml &adml = m_adml[language];
    QStringList unused;
    for (auto it = adml.strings.cbegin(); it != adml.strings.cend(); ++it) {
        if (!m_admx.stringRefs.contains(it.key()))
            unused.append(u"string "_s + it.key());
    }
    for (auto it = adml.presentations.cbegin(); it != adml.presentations.cend(); ++it) {
        if (!m_admx.presentationRefs.contains(it.key()))
            unused.append(u"presentation "_s + it.key());
    }
    QVERIFY2(unused.isEmpty(),
             qPrintable(u"%1/SchoolSuite.adml defines what SchoolSuite.admx never uses: %2"_s.arg(
                 language, sorted(unused))));
}

void TestPolicyTemplates::languagesDefineTheSameIds()
{
    const QString first = Languages.constFirst();
    const auto ids = [this](const QString &language) {
        QSet<QString> result;
        for (auto it = m_adml[language].strings.cbegin(); it != m_adml[language].strings.cend();
             ++it)
            result.insert(u"string "_s + it.key());
        for (auto it = m_adml[language].presentations.cbegin();
             it != m_adml[language].presentations.cend();
             ++it)
            result.insert(u"presentation "_s + it.key());
        return result;
    };
    for (const QString &language : Languages.mid(1)) {
        const QSet<QString> a = ids(first);
        const QSet<QString> b = ids(language);
        QVERIFY2(a == b,
                 qPrintable(u"only in %1: %2; only in %3: %4"_s.arg(
                     first, sorted((a - b).values()), language, sorted((b - a).values()))));
    }
}

void TestPolicyTemplates::presentationsMatchElements_data()
{
    referencedResourcesExist_data();
}

void TestPolicyTemplates::presentationsMatchElements()
{
    // Each element needs a control of its kind in the policy's presentation, or the Group
    // Policy editor offers no way to set it.
    QFETCH(QString, language);
    static const QRegularExpression presentationRef(u"^\\$\\(presentation\\.([^)]*)\\)$"_s);
    QStringList problems;
    for (const PolicyDef &policy : std::as_const(m_admx.policies)) {
        const QString ref = policy.attr(u"presentation"_s);
        if (policy.elements.isEmpty()) {
            if (!ref.isEmpty())
                problems.append(policy.where() + u" has no elements but a presentation"_s);
            continue;
        }
        const QRegularExpressionMatch m = presentationRef.match(ref);
        if (!m.hasMatch()) {
            problems.append(policy.where() + u" has elements but no $(presentation.X)"_s);
            continue;
        }
        const QList<Control> controls = m_adml[language].presentations.value(m.captured(1));
        for (const Element &element : policy.elements) {
            const auto control
                = std::find_if(controls.cbegin(), controls.cend(), [&](const Control &c) {
                      return c.refId == element.id;
                  });
            if (control == controls.cend())
                problems.append(u"%1: presentation %2 has no control for element %3"_s.arg(
                    policy.where(), m.captured(1), element.id));
            else if (control->kind != controlFor(element.kind))
                problems.append(u"%1: element %2 is a <%3> but its control a <%4>"_s.arg(
                    policy.where(), element.id, element.kind, control->kind));
            else if (element.kind == u"decimal"_s
                     && control->attributes.contains(u"defaultValue"_s)) {
                const int value = control->attributes.value(u"defaultValue"_s).toInt();
                if (value < element.attributes.value(u"minValue"_s).toInt()
                    || value > element.attributes.value(u"maxValue"_s).toInt())
                    problems.append(u"%1: defaultValue %2 of %3 is out of range"_s.arg(
                        policy.where(), QString::number(value), element.id));
            }
        }
        for (const Control &control : controls) {
            const bool known = std::any_of(policy.elements.cbegin(),
                                           policy.elements.cend(),
                                           [&](const Element &e) { return e.id == control.refId; });
            if (!known)
                problems.append(u"%1: presentation %2 has a control for unknown element %3"_s.arg(
                    policy.where(), m.captured(1), control.refId));
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1/SchoolSuite.adml:\n"_s.arg(language) + problems.join(u'\n')));
}

void TestPolicyTemplates::valueNamesMatchSettingKeys()
{
    // So that every key the code reads has a policy, and every policy a key. Exact spelling:
    // the code finds keys without regard to case, but a template should not rely on it.
    QStringList inTemplate;
    for (const PolicyDef &policy : std::as_const(m_admx.policies)) {
        for (const auto &[valueName, element] : policy.valueNames())
            inTemplate.append(valueName);
    }
    QStringList inTable;
    for (const SettingKey &key : SettingKey::all())
        inTable.append(key.name);

    QStringList duplicates;
    for (const QString &name : std::as_const(inTemplate)) {
        if (inTemplate.count(name) > 1 && !duplicates.contains(name))
            duplicates.append(name);
    }
    QVERIFY2(duplicates.isEmpty(),
             qPrintable(u"value names written by more than one policy or element: "_s
                        + sorted(duplicates)));

    const QSet<QString> policies(inTemplate.cbegin(), inTemplate.cend());
    const QSet<QString> keys(inTable.cbegin(), inTable.cend());
    QVERIFY2((keys - policies).isEmpty(),
             qPrintable(u"keys of SettingKey::all() without a policy in SchoolSuite.admx: "_s
                        + sorted((keys - policies).values())));
    QVERIFY2((policies - keys).isEmpty(),
             qPrintable(u"value names in SchoolSuite.admx that are no key of SettingKey::all(): "_s
                        + sorted((policies - keys).values())));
}

void TestPolicyTemplates::valueNamesMatchHeader()
{
    QString error;
    const QString path = SourceDir + u"/modules/core/settings/settingkey.h"_s;
    const QString header = readFile(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qsizetype begin = header.indexOf(u"namespace Keys {"_s);
    QVERIFY2(begin >= 0, qPrintable(path + u": no \"namespace Keys {\""_s));
    const qsizetype end = header.indexOf(u'}', begin);
    QVERIFY2(end > begin, qPrintable(path + u": namespace Keys is not closed"_s));
    const QString block = header.mid(begin, end - begin);

    static const QRegularExpression declaration(
        u"inline\\s+constexpr\\s+QLatin1String\\s+(\\w+)\\s*\\(\\s*\"([^\"]*)\"\\s*\\)\\s*;"_s);
    QSet<QString> names;
    auto it = declaration.globalMatch(block);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QVERIFY2(
            m.captured(1) == m.captured(2),
            qPrintable(u"%1: Keys::%2 is spelt \"%3\""_s.arg(path, m.captured(1), m.captured(2))));
        names.insert(m.captured(2));
    }
    QVERIFY2(!names.isEmpty(), qPrintable(path + u": no key declared in namespace Keys"_s));
    // A line of the block that declares something the pattern missed would go unchecked.
    const qsizetype declarations = block.count(u"QLatin1String"_s);
    QVERIFY2(declarations == names.size(),
             qPrintable(u"%1: %2 declarations in namespace Keys, %3 understood by the test"_s.arg(
                 path, QString::number(declarations), QString::number(names.size()))));

    QSet<QString> policies;
    for (const PolicyDef &policy : std::as_const(m_admx.policies)) {
        for (const auto &[valueName, element] : policy.valueNames())
            policies.insert(valueName);
    }
    QVERIFY2((names - policies).isEmpty(),
             qPrintable(u"keys of settingkey.h without a policy in SchoolSuite.admx: "_s
                        + sorted((names - policies).values())));
    QVERIFY2((policies - names).isEmpty(),
             qPrintable(u"value names in SchoolSuite.admx that are not declared in settingkey.h: "_s
                        + sorted((policies - names).values())));
}

void TestPolicyTemplates::everyPolicyIsWellFormed()
{
    QStringList problems;
    QSet<QString> names;
    for (const PolicyDef &policy : std::as_const(m_admx.policies)) {
        const QString where = policy.where();
        const QString name = policy.attr(u"name"_s);
        if (name.isEmpty() || names.contains(name))
            problems.append(where + u": name empty or used twice"_s);
        names.insert(name);
        if (policy.attr(u"key"_s) != PolicyKey)
            problems.append(
                u"%1: key is \"%2\", not \"%3\""_s.arg(where, policy.attr(u"key"_s), PolicyKey));
        for (const Element &element : policy.elements) {
            if (element.attributes.contains(u"key"_s)
                && element.attributes.value(u"key"_s) != PolicyKey)
                problems.append(u"%1: element %2 writes under key \"%3\""_s.arg(
                    where, element.id, element.attributes.value(u"key"_s)));
            if (element.id.isEmpty() || element.valueName.isEmpty())
                problems.append(u"%1: an element has no id or no valueName"_s.arg(where));
        }
        for (const QString &attribute : {u"displayName"_s, u"explainText"_s}) {
            if (!policy.attr(attribute).startsWith(u"$(string."_s))
                problems.append(u"%1: %2 is not a $(string.X)"_s.arg(where, attribute));
        }
        if (policy.parentCategories.size() != 1)
            problems.append(where + u": needs exactly one parentCategory"_s);
        for (const QString &category : policy.parentCategories) {
            if (!m_admx.categories.contains(category))
                problems.append(u"%1: parentCategory \"%2\" is not defined"_s.arg(where, category));
        }
        if (policy.supportedOn.size() != 1)
            problems.append(where + u": needs exactly one supportedOn"_s);
        for (const QString &supported : policy.supportedOn) {
            if (!m_admx.supportedDefinitions.contains(supported))
                problems.append(u"%1: supportedOn \"%2\" is not defined"_s.arg(where, supported));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestPolicyTemplates::policyMatchesKey_data()
{
    QTest::addColumn<QString>("name");
    for (const SettingKey &key : SettingKey::all())
        QTest::newRow(qPrintable(key.name)) << key.name;
}

const PolicyDef *TestPolicyTemplates::policyWriting(const QString &valueName,
                                                    const Element **element) const
{
    for (const PolicyDef &policy : m_admx.policies) {
        for (const auto &[name, writer] : policy.valueNames()) {
            if (name == valueName) {
                *element = writer;
                return &policy;
            }
        }
    }
    return nullptr;
}

void TestPolicyTemplates::policyMatchesKey()
{
    QFETCH(QString, name);
    const SettingKey *key = SettingKey::find(name);
    QVERIFY(key);
    const Element *element = nullptr;
    const PolicyDef *policy = policyWriting(name, &element);
    QVERIFY2(policy, qPrintable(u"no policy in SchoolSuite.admx writes the value "_s + name));
    const QString where
        = u"%1, which writes %2 (%3)"_s.arg(policy->where(), name, typeName(key->type));

    QVERIFY2(policy->attr(u"class"_s) == expectedClass(name),
             qPrintable(u"%1: class is \"%2\", expected \"%3\""_s.arg(
                 where, policy->attr(u"class"_s), expectedClass(name))));

    if (key->type == SettingKey::Type::Bool) {
        QVERIFY2(!element && policy->elements.isEmpty(),
                 qPrintable(where
                            + u": a Bool is the policy itself (valueName on <policy>, no "
                              "elements)"_s));
        QVERIFY2(policy->enabledValue == QStringList{u"decimal:1"_s}
                     && policy->disabledValue == QStringList{u"decimal:0"_s},
                 qPrintable(where
                            + u": needs <enabledValue><decimal value=\"1\"/> and "
                              "<disabledValue><decimal value=\"0\"/>"_s));
        QString problem;
        QCOMPARE(key->parse(1, &problem), QVariant(true));
        QCOMPARE(key->parse(0, &problem), QVariant(false));
        return;
    }

    QVERIFY2(element,
             qPrintable(where + u": the value must be written by an element, not the policy"_s));
    QVERIFY2(policy->enabledValue.isEmpty() && policy->disabledValue.isEmpty(),
             qPrintable(where + u": enabledValue/disabledValue belong to Bool keys only"_s));
    QVERIFY2(element->attributes.value(u"required"_s) == u"true"_s,
             qPrintable(where + u": the element needs required=\"true\""_s));
    const QString expandable = element->attributes.value(u"expandable"_s);

    switch (key->type) {
    case SettingKey::Type::Int: {
        QVERIFY2(element->kind == u"decimal"_s,
                 qPrintable(u"%1: is a <%2>, expected <decimal>"_s.arg(where, element->kind)));
        const QString minValue = element->attributes.value(u"minValue"_s);
        const QString maxValue = element->attributes.value(u"maxValue"_s);
        QVERIFY2(minValue == QString::number(key->minimum)
                     && maxValue == QString::number(key->maximum),
                 qPrintable(u"%1: minValue..maxValue is \"%2\"..\"%3\", the key's range %4..%5"_s
                                .arg(where, minValue, maxValue)
                                .arg(key->minimum)
                                .arg(key->maximum)));
        break;
    }
    case SettingKey::Type::Language: {
        QVERIFY2(element->kind == u"enum"_s,
                 qPrintable(u"%1: is a <%2>, expected <enum>"_s.arg(where, element->kind)));
        QVERIFY2(element->enumOtherValues == 0 && !element->enumValues.isEmpty(),
                 qPrintable(where + u": each item needs a <string> value"_s));
        for (const QString &value : element->enumValues) {
            QString problem;
            const QVariant parsed = key->parse(value, &problem);
            QVERIFY2(
                parsed.isValid() && problem.isEmpty(),
                qPrintable(u"%1: item value \"%2\" is refused: %3"_s.arg(where, value, problem)));
            // An empty value counts as "not configured" and would not lock the setting.
            QVERIFY2(!SettingKey::isBlank(value),
                     qPrintable(u"%1: an item's value is blank"_s.arg(where)));
        }
        break;
    }
    case SettingKey::Type::Path:
        QVERIFY2(element->kind == u"text"_s && expandable == u"true"_s,
                 qPrintable(
                     u"%1: is a <%2 expandable=\"%3\">, expected <text expandable=\"true\">"_s.arg(
                         where, element->kind, expandable)));
        break;
    default: // String, Url, lists: plain text
        QVERIFY2(element->kind == u"text"_s && expandable != u"true"_s,
                 qPrintable(u"%1: is a <%2 expandable=\"%3\">, expected a plain <text>"_s.arg(
                     where, element->kind, expandable)));
        break;
    }
    if (element->kind == u"text"_s) {
        bool ok = false;
        const int maxLength = element->attributes.value(u"maxLength"_s).toInt(&ok);
        QVERIFY2(ok && maxLength > 0, qPrintable(where + u": the <text> needs a maxLength"_s));
    }
}

QTEST_GUILESS_MAIN(TestPolicyTemplates)
#include "tst_policytemplates.moc"
