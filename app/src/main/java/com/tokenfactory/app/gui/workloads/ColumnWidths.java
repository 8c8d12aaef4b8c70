package com.tokenfactory.app.gui.workloads;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes the columns of a table that scrolls sideways: each at least as wide as its header and, to begin with, as its
 * widest figure, measured in the font the header is drawn in (the theme's, which a guess per character misses; bold,
 * so a little wider than the figures need), so that neither a header nor a figure is cut to "…".
 */
final class ColumnWidths {
    /** Room for rounding to whole pixels. */
    private static final double SLACK = 2;

    private ColumnWidths() {
    }

    /**
     * Raises each column's minimum width to its header's and its preferred width to its widest figure's; false while
     * the table has no headers yet to take the font from (before it is first shown).
     */
    static boolean fit(TableView<?> table) {
        boolean measured = false;
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label) {
                TableColumnBase<?, ?> column = header.getTableColumn();
                double frame = label.snappedLeftInset() + label.snappedRightInset() + header.snappedLeftInset()
                        + header.snappedRightInset() + SLACK;
                double title = textWidth(column.getText(), label.getFont()) + frame;
                if (column.getMinWidth() < title) {
                    column.setMinWidth(title);
                }
                double figures = widestFigure(table, column, label.getFont()) + frame;
                if (column.getPrefWidth() < figures) {
                    column.setPrefWidth(figures);
                }
                measured = true;
            }
        }
        return measured;
    }

    private static double widestFigure(TableView<?> table, TableColumnBase<?, ?> column, Font font) {
        double widest = 0;
        for (int row = 0; row < table.getItems().size(); row++) {
            Object figure = column.getCellData(row);
            widest = Math.max(widest, figure == null ? 0 : textWidth(figure.toString(), font));
        }
        return widest;
    }

    /** The widest line of the text in the font, in whole pixels. */
    private static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }
}
