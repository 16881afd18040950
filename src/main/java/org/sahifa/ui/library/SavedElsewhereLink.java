package org.sahifa.ui.library;

import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import org.sahifa.library.EntityArticle;
import org.sahifa.model.Entity;
import org.sahifa.ui.I18n;

/**
 * Under the sidebar: for the person, place or organisation chosen there, "in N other saved articles", counted in
 * the background across the library (the article shown is not counted). Hidden when there are none. Following it
 * shows that name in the library view.
 */
public final class SavedElsewhereLink extends Hyperlink {
    private final LibraryAccess access;
    private final I18n i18n;
    private Entity current;

    public SavedElsewhereLink(LibraryAccess access, I18n i18n, Consumer<String> showInLibrary) {
        this.access = access;
        this.i18n = i18n;
        setId("saved-elsewhere-link");
        setVisible(false);
        setManaged(false);
        setOnAction(e -> {
            if (current != null) {
                showInLibrary.accept(current.name());
            }
        });
    }

    /** Counts the other saved articles naming {@code entity}; {@code shownSource} is the article on screen. */
    public void showFor(Entity entity, String shownSource) {
        current = entity;
        hide();
        access.submit(
                library -> library.articlesMentioning(entity.name()).stream()
                        .filter(a -> !a.source().equals(shownSource))
                        .map(EntityArticle::articleId)
                        .count(),
                others -> {
                    if (entity == current && others > 0) {
                        setText(i18n.get("library.elsewhere", others));
                        setVisible(true);
                        setManaged(true);
                    }
                });
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }
}
