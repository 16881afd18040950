package org.sahifa.ui.reader;

import java.io.ByteArrayInputStream;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.scene.image.Image;
import org.sahifa.load.FetchedImage;
import org.sahifa.load.LoadException;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.LeadImage;
import org.sahifa.ui.I18n;

/**
 * Puts the article's lead image into an {@link ArticleView} when the reader turned images on, and takes it
 * away when they turn them off. Fetching and decoding run on the background executor, never on the FX thread;
 * a failure leaves the article as it is, with a one-line note where the image would be. Nothing is fetched
 * while images are off, nor for a view that is not in a window.
 */
public final class LeadImageLoader {
    /** A caption that is also one of the article's first blocks is already on screen; it is not shown twice. */
    static final int CAPTION_REPEAT_WINDOW = 5;

    private static final Logger LOG = Logger.getLogger(LeadImageLoader.class.getName());

    /** Where images come from: {@code ImageFetcher.standard()::fetch} in the app. */
    public interface Source {
        FetchedImage fetch(String url, String articleSource) throws LoadException;
    }

    private final ArticleView view;
    private final ObservableBooleanValue enabled;
    private final Executor executor;
    private final I18n i18n;
    private final Source source;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private Article article;
    private Task<Image> current;

    public LeadImageLoader(
            ArticleView view, ObservableBooleanValue enabled, Executor executor, I18n i18n, Source source) {
        this.view = view;
        this.enabled = enabled;
        this.executor = executor;
        this.i18n = i18n;
        this.source = source;
        enabled.addListener(o -> refresh());
        view.sceneProperty().addListener(o -> refresh());
    }

    /** The article now shown; its image is fetched if images are on. */
    public void show(Article newArticle) {
        article = newArticle;
        refresh();
    }

    /** True while an image is being fetched. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    private void refresh() {
        if (current != null) {
            current.cancel(true);
            current = null;
        }
        loading.set(false);
        if (view.leadImage() != null) {
            view.setLeadImage(null); // only then: a needless refresh would lay the rows out twice at first paint
        }
        if (!enabled.get() || article == null || article.leadImage() == null || view.getScene() == null) {
            return;
        }
        LeadImage lead = article.leadImage();
        String articleSource = article.source();
        String caption = captionToShow(article);
        Task<Image> task = new Task<>() {
            @Override
            protected Image call() throws Exception {
                FetchedImage fetched = source.fetch(lead.url(), articleSource);
                Image image = new Image(new ByteArrayInputStream(fetched.bytes()));
                if (image.isError()) {
                    throw image.getException();
                }
                return image;
            }
        };
        task.setOnSucceeded(e -> finish(
                task, LeadImageView.of(task.getValue(), caption, lead.alt() != null ? lead.alt() : lead.caption())));
        task.setOnFailed(e -> {
            LOG.log(
                    Level.INFO,
                    "lead image " + lead.url() + " not shown: "
                            + task.getException().getMessage());
            finish(task, LeadImageView.note(i18n.get("image.failed")));
        });
        current = task;
        loading.set(true);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // the window's pool is shut down (the window closed): no image, nothing left spinning
            LOG.log(Level.FINE, "lead image not fetched: the window's background pool is shut down", e);
            current = null;
            loading.set(false);
        }
    }

    private void finish(Task<Image> task, LeadImageView shown) {
        if (task == current) {
            current = null;
            loading.set(false);
            view.setLeadImage(shown);
        }
    }

    /** The image's caption unless the article's text opens with it already. */
    static String captionToShow(Article article) {
        String caption = article.leadImage().caption();
        if (caption == null) {
            return null;
        }
        for (Block block : article.blocks()
                .subList(0, Math.min(CAPTION_REPEAT_WINDOW, article.blocks().size()))) {
            if (block.text().equals(caption)) {
                return null;
            }
        }
        return caption;
    }
}
