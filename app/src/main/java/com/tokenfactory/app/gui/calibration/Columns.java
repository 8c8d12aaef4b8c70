package com.tokenfactory.app.gui.calibration;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

import java.util.function.Function;

/** Read-only text columns for the screen's tables. */
final class Columns {
    private Columns() {
    }

    static <R> TableColumn<R, String> text(String header, Function<R, String> cell, double prefWidth) {
        TableColumn<R, String> c = new TableColumn<>(header);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(cell.apply(f.getValue())));
        // the whole text on hover, for a cell the column's width cuts short
        c.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        c.setPrefWidth(prefWidth);
        c.setMinWidth(prefWidth * 0.95); // a narrow window scrolls the table rather than cutting its headers
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    static <R> TableColumn<R, String> number(String header, Function<R, String> cell, double prefWidth) {
        TableColumn<R, String> c = text(header, cell, prefWidth);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
