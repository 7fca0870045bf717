#include "boardmedia.h"

#include "whiteboard/document/boarddocument.h"

#include <QAudioOutput>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace SchoolSuite {

namespace {

QString clock(qint64 ms)
{
    const QTime t = QTime(0, 0).addMSecs(int(qMax<qint64>(ms, 0)));
    return t.toString(ms >= 3600000 ? QStringLiteral("h:mm:ss") : QStringLiteral("m:ss"));
}

} // namespace

ClipPlayer::ClipPlayer(const BoardDocument &document,
                       const QString &asset,
                       bool video,
                       QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_asset(asset)
    , m_video(video)
{
    setObjectName(QStringLiteral("clipPlayer"));
    setCursor(Qt::PointingHandCursor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (m_video) {
        m_screen = new QVideoWidget(this);
        m_screen->hide(); // until played: the board shows the clip's frame
        layout->addWidget(m_screen, 1);
    }
    // The controls, sized for a finger.
    m_bar = new QWidget(this);
    m_bar->setAutoFillBackground(true);
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(4, 2, 8, 2);
    m_play = new QToolButton(m_bar);
    m_play->setObjectName(QStringLiteral("play"));
    m_play->setIconSize(QSize(32, 32));
    m_play->setAutoRaise(true);
    m_position = new QSlider(Qt::Horizontal, m_bar);
    m_position->setObjectName(QStringLiteral("position"));
    m_position->setEnabled(false);
    m_time = new QLabel(m_bar);
    bar->addWidget(m_play);
    bar->addWidget(m_position, 1);
    bar->addWidget(m_time);
    layout->addWidget(m_bar, m_video ? 0 : 1); // a sound is its bar
    connect(m_play, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_position, &QSlider::sliderMoved, this, [this](int ms) {
        if (m_player)
            m_player->setPosition(ms);
    });
    updateControls();
}

ClipPlayer::~ClipPlayer()
{
    if (m_player)
        m_player->stop();
}

bool ClipPlayer::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

QString ClipPlayer::problem() const
{
    return m_problem;
}

QString ClipPlayer::fileFor() const
{
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                            .filePath(QStringLiteral("whiteboard-media"));
    QDir().mkpath(dir);
    // Named by the bytes' checksum (never by a name a file brought), with the key's suffix
    // for the player.
    const QByteArray data = m_document.asset(m_asset);
    if (data.isEmpty())
        return {};
    QString suffix = QFileInfo(m_asset).suffix().toLower();
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,8}$"));
    if (!plain.match(suffix).hasMatch())
        suffix = QStringLiteral("bin");
    const QString path = QDir(dir).filePath(
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())
        + QLatin1Char('.') + suffix);
    if (!QFile::exists(path)) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
            return {};
    }
    return path;
}

void ClipPlayer::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);
    if (m_screen)
        m_player->setVideoOutput(m_screen);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this] {
        updateControls();
        emit playingChanged(isPlaying());
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        m_position->setRange(0, int(qMin<qint64>(ms, INT_MAX)));
        m_position->setEnabled(ms > 0);
        updateControls();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (!m_position->isSliderDown())
            m_position->setValue(int(qMin<qint64>(ms, INT_MAX)));
        updateControls();
    });
    connect(m_player,
            &QMediaPlayer::errorOccurred,
            this,
            [this](QMediaPlayer::Error, const QString &why) {
                m_problem = tr("This clip cannot be played on this computer: %1").arg(why);
                updateControls();
            });
    const QString file = fileFor();
    if (file.isEmpty())
        m_problem = tr("The clip is missing from the board.");
    else
        m_player->setSource(QUrl::fromLocalFile(file));
}

void ClipPlayer::play()
{
    ensurePlayer();
    if (!m_problem.isEmpty()) {
        updateControls();
        return;
    }
    if (m_screen)
        m_screen->show();
    if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia)
        m_player->setPosition(0);
    m_player->play();
    updateControls();
}

void ClipPlayer::pause()
{
    if (m_player)
        m_player->pause();
}

void ClipPlayer::updateControls()
{
    const bool playing = isPlaying();
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause") : tr("Play"));
    if (!m_problem.isEmpty()) {
        m_time->setText(tr("Cannot play"));
        m_time->setToolTip(m_problem);
        m_play->setEnabled(false);
        return;
    }
    m_time->setText(m_player && m_player->duration() > 0 ? QStringLiteral("%1 / %2").arg(
                        clock(m_player->position()), clock(m_player->duration()))
                                                         : QString());
}

void ClipPlayer::mousePressEvent(QMouseEvent *event)
{
    // A touch anywhere on the clip starts or pauses it.
    if (event->button() == Qt::LeftButton) {
        isPlaying() ? pause() : play();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ClipPlayer::paintEvent(QPaintEvent *)
{
    // Transparent over the board's drawing of the clip, save a thin frame showing it is live.
    QPainter p(this);
    p.setPen(QPen(palette().highlight().color(), 2));
    p.drawRect(rect().adjusted(1, 1, -1, -1));
}

} // namespace SchoolSuite
