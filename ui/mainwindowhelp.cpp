// MainWindow: the Help menu's dialogs (keyboard shortcuts, about, user guide).
#include "mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace entente {

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({ tr("Action"), tr("Shortcut") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QList<std::pair<QString, QString>> rows;
    for (QAction *a : findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        rows.append({ QString(a->text()).remove(u'&').remove(QStringLiteral("…")), keys.join(QStringLiteral(", ")) });
    }
    for (const auto &[text, keys] : extraShortcuts())
        rows.append({ text, keys });
    std::sort(rows.begin(), rows.end());
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnToContents(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}

QList<std::pair<QString, QString>> MainWindow::extraShortcuts() const
{
    return { { tr("Clear the search"), tr("Esc") } };
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Entente"),
                       tr("<h3>Entente %1</h3><p>Browse, present and export diplomacy timelines: dated events, "
                          "the actors in them and the sources that report them.</p><p>Built with Qt %2, "
                          "SQLite, igraph and simdjson.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showUserGuide()
{
    // The guide is compiled in, so it is there however Entente was installed.
    for (const QString &path : { QStringLiteral(":/docs/user-guide.md") }) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Entente User Guide"));
        auto *browser = new QTextBrowser(&dialog);
        browser->setOpenExternalLinks(false);
        browser->setMarkdown(QString::fromUtf8(f.readAll()));
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(browser);
        dialog.resize(760, 640);
        dialog.exec();
        return;
    }
    showError(tr("The user guide is not installed."));
}

} // namespace entente
