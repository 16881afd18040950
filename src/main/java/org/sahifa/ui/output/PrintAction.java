package org.sahifa.ui.output;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.stage.Window;
import org.sahifa.model.Analysis;
import org.sahifa.ui.I18n;

/**
 * "Print…" (Ctrl+P): the system print dialog, then the article's pages ({@link PrintPages}) at the chosen
 * paper's printable size. With no printer set up (as on a headless build machine) it says so through
 * {@code onMessage} instead.
 */
public final class PrintAction {
    private final I18n i18n;
    private final Supplier<Analysis> shown;
    private final Consumer<String> onMessage;

    public PrintAction(I18n i18n, Supplier<Analysis> shown, Consumer<String> onMessage) {
        this.i18n = i18n;
        this.shown = shown;
        this.onMessage = onMessage;
    }

    /** Prints the article shown; nothing happens when no article is shown. Runs on the FX thread. */
    public void print(Window owner) {
        Analysis analysis = shown.get();
        if (analysis == null) {
            return;
        }
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            onMessage.accept(i18n.get("print.no.printer"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        PrintPages pages = new PrintPages(analysis.article(), layout.getPrintableWidth(), layout.getPrintableHeight());
        for (int i = 0; i < pages.pageCount(); i++) {
            if (!job.printPage(layout, pages.page(i))) {
                onMessage.accept(i18n.get("print.failed"));
                job.cancelJob();
                return;
            }
        }
        if (!job.endJob()) {
            onMessage.accept(i18n.get("print.failed"));
        }
    }
}
