#pragma once

#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;
class QVideoWidget;

namespace SchoolSuite {

class BoardDocument;

// A clip of the board played where it lies (Qt Multimedia): touched, it plays — a video in its
// frame, a sound with its bar — with large play/pause and a position slider for a finger. The
// clip's bytes are written once to the cache folder, where the player reads them.
class ClipPlayer : public QWidget
{
    Q_OBJECT

public:
    ClipPlayer(const BoardDocument &document,
               const QString &asset,
               bool video,
               QWidget *parent = nullptr);
    ~ClipPlayer() override;

    QString asset() const { return m_asset; }
    bool isPlaying() const;
    QMediaPlayer *player() const { return m_player; } // null until first played
    QToolButton *playButton() const { return m_play; }
    QString problem() const; // why the clip cannot be played, or empty

    void play();
    void pause();

signals:
    void playingChanged(bool playing);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void ensurePlayer();
    void updateControls();
    QString fileFor() const;

    const BoardDocument &m_document;
    QString m_asset;
    bool m_video;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoWidget *m_screen = nullptr;
    QWidget *m_bar = nullptr;
    QToolButton *m_play = nullptr;
    QSlider *m_position = nullptr;
    QLabel *m_time = nullptr;
    QString m_problem;
};

} // namespace SchoolSuite
