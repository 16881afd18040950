package org.sahifa.ui;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.sahifa.load.SourceLoader;

/** Opens what is dropped on the window: a file, a link, or text that is a web address. */
final class DropTarget {
    private DropTarget() {}

    static void install(Node node, Consumer<String> open) {
        node.setOnDragOver(DropTarget::onDragOver);
        node.setOnDragDropped(e -> onDragDropped(e, open));
    }

    private static void onDragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()
                || event.getDragboard().hasUrl()
                || event.getDragboard().hasString()) {
            event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
        }
        event.consume();
    }

    private static void onDragDropped(DragEvent event, Consumer<String> open) {
        var board = event.getDragboard();
        String source = null;
        List<File> files = board.hasFiles() ? board.getFiles() : List.of();
        if (!files.isEmpty()) {
            source = files.get(0).getPath();
        } else if (board.hasUrl()) {
            source = board.getUrl();
        } else if (board.hasString() && SourceLoader.looksLikeUrl(board.getString())) {
            source = board.getString().strip();
        }
        if (source != null) {
            open.accept(source);
        }
        event.setDropCompleted(source != null);
        event.consume();
    }
}
