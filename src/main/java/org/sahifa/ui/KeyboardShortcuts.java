package org.sahifa.ui;

import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.sahifa.ui.reader.FindBar;
import org.sahifa.ui.settings.ReaderPreferences;

/** The reader window's keyboard shortcuts: find, save, print, text size, reload, open, address field, paste an address. */
final class KeyboardShortcuts {
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FOCUS_URL = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LARGER = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LARGER_PLUS = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LARGER_KEYPAD = new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SMALLER = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SMALLER_KEYPAD = new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RESET_SIZE = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RELOAD = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FIND_NEXT = new KeyCodeCombination(KeyCode.F3);
    static final KeyCombination FIND_PREVIOUS = new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE_TO_LIBRARY = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private final ReaderToolbar.Actions actions;
    private final FindBar findBar;
    private final ReaderPreferences prefs;
    private final TextField urlField;

    KeyboardShortcuts(ReaderToolbar.Actions actions, FindBar findBar, ReaderPreferences prefs, TextField urlField) {
        this.actions = actions;
        this.findBar = findBar;
        this.prefs = prefs;
        this.urlField = urlField;
    }

    void handle(KeyEvent event) {
        if (FIND.match(event)) {
            findBar.open();
            event.consume();
        } else if (FIND_NEXT.match(event) || FIND_PREVIOUS.match(event)) {
            if (!findBar.isShowing()) {
                findBar.open();
            } else if (FIND_NEXT.match(event)) {
                findBar.next();
            } else {
                findBar.previous();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && findBar.isShowing()) {
            findBar.close();
            event.consume();
        } else if (SAVE.match(event)) {
            actions.save().run();
            event.consume();
        } else if (PRINT.match(event)) {
            actions.print().run();
            event.consume();
        } else if (SAVE_TO_LIBRARY.match(event)) {
            actions.saveToLibrary().run();
            event.consume();
        } else if (LARGER.match(event) || LARGER_PLUS.match(event) || LARGER_KEYPAD.match(event)) {
            prefs.enlarge();
            event.consume();
        } else if (SMALLER.match(event) || SMALLER_KEYPAD.match(event)) {
            prefs.shrink();
            event.consume();
        } else if (RESET_SIZE.match(event)) {
            prefs.resetSize();
            event.consume();
        } else if (RELOAD.match(event)) {
            actions.reload().run();
            event.consume();
        } else if (OPEN.match(event)) {
            actions.chooseFile().run();
            event.consume();
        } else if (FOCUS_URL.match(event)) {
            urlField.requestFocus();
            urlField.selectAll();
            event.consume();
        } else if (PASTE.match(event) && !(event.getTarget() instanceof TextInputControl)) {
            pastedUrl().ifPresent(url -> {
                urlField.setText(url);
                actions.openText().accept(url);
                event.consume();
            });
        }
    }

    /** A web address on the clipboard, if that is what it holds. */
    private static Optional<String> pastedUrl() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String text = clipboard.hasUrl() ? clipboard.getUrl() : clipboard.hasString() ? clipboard.getString() : null;
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        return s.startsWith("http://") || s.startsWith("https://") ? Optional.of(s) : Optional.empty();
    }
}
