package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.canvas.CanvasViewModel;
import com.tokenfactory.app.gui.properties.EditedField;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Edit menu actions. Cut, copy, paste, delete and select-all act on the text field being typed in when there is one,
 * else on the selected plan elements (a focused text field consumes its own shortcuts, so these run from the menu).
 */
public final class EditActions {
    private final MainViewModel vm;
    private final CanvasViewModel canvas;
    private final Scene scene;

    public EditActions(MainViewModel vm, CanvasViewModel canvas, Scene scene) {
        this.vm = vm;
        this.canvas = canvas;
        this.scene = scene;
        planUndoInPlanFields(scene);
    }

    /**
     * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in a plan field that holds the plan's value (say, just after Enter) undo or redo
     * the plan, as the Edit menu says, rather than the field's own typing: otherwise the field would go back to its
     * old text while the plan kept the new value. While the user is typing, the field keeps its own undo.
     */
    private void planUndoInPlanFields(Scene scene) {
        KeyCombination undo = KeyCombination.keyCombination("Shortcut+Z");
        KeyCombination redo = KeyCombination.keyCombination("Shortcut+Shift+Z");
        KeyCombination redoY = KeyCombination.keyCombination("Shortcut+Y");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TextInputControl t = typing();
            if (t == null || !EditedField.holdsPlanValue(t)) {
                return;
            }
            if (undo.match(e)) {
                e.consume();
                undo();
            } else if (redo.match(e) || redoY.match(e)) {
                e.consume();
                redo();
            }
        });
    }

    private TextInputControl typing() {
        return scene.getFocusOwner() instanceof TextInputControl t ? t : null;
    }

    /** Undo and redo always act on the plan: the menu names the plan edit; text fields handle their own keys. */
    public void undo() {
        vm.document().undo();
    }

    public void redo() {
        vm.document().redo();
    }

    public void cut() {
        TextInputControl t = typing();
        if (t != null) {
            t.cut();
        } else {
            canvas.cutSelection();
        }
    }

    public void copy() {
        TextInputControl t = typing();
        if (t != null) {
            t.copy();
        } else {
            canvas.copySelection();
        }
    }

    public void paste() {
        TextInputControl t = typing();
        if (t != null) {
            t.paste();
        } else {
            canvas.paste();
        }
    }

    public void delete() {
        TextInputControl t = typing();
        if (t != null) {
            t.deleteNextChar();
        } else {
            canvas.deleteSelection();
        }
    }

    public void selectAll() {
        TextInputControl t = typing();
        if (t != null) {
            t.selectAll();
        } else {
            canvas.selectAll();
        }
    }
}
