package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.properties.CertificationPicker;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.samples.Samples;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site's certifications are picked from ControlsFX's check-box drop-down, and one the list lacks can be typed. */
@ExtendWith(ApplicationExtension.class)
class CertificationsFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        open(stage, Samples.open(Samples.FIVE_YEAR_COMMITMENT), null);
    }

    @Test
    void checkingACertificationInTheDropDownGivesTheSiteItAndTypingAddsANewOne(FxRobot robot) {
        awaitResult();
        fx(() -> window.viewModel().selection().select("oh-campus"));
        await(() -> "oh-campus".equals(window.viewModel().selection().getPrimary()));
        CertificationPicker picker = robot.lookup("#field-certifications").queryAs(CertificationPicker.class);
        assertEquals(List.of("HIPAA", "SOC 2"), List.copyOf(picker.checks().getCheckModel().getCheckedItems()));
        assertTrue(picker.checks().getItems().containsAll(List.of("FedRAMP High", "ISO 27001", "PCI DSS")),
                picker.checks().getItems().toString());

        scrollIntoView(picker);
        robot.clickOn(picker.checks());
        ListCell<?> iso = robot.lookup(".list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> "ISO 27001".equals(c.getItem())).findFirst()
                .orElseThrow(() -> new AssertionError("ISO 27001 is not in the drop-down"));
        robot.clickOn(iso.getGraphic() instanceof CheckBox box ? box : iso);
        await(() -> certifications().contains("ISO 27001"));
        assertEquals(Set.of("HIPAA", "ISO 27001", "SOC 2"), certifications());
        fx(() -> picker.checks().hide());

        typeInto(robot, picker.other(), "C5");
        await(() -> certifications().contains("C5"));
        assertEquals(Set.of("C5", "HIPAA", "ISO 27001", "SOC 2"), certifications());
        await(() -> picker.checks().getCheckModel().getCheckedItems().contains("C5"));

        fx(() -> window.viewModel().document().undo());
        await(() -> !certifications().contains("C5"));
        await(() -> !picker.checks().getCheckModel().getCheckedItems().contains("C5"));
    }

    private Set<String> certifications() {
        return Set.copyOf(plan().sites().stream().filter(s -> s.id().equals("oh-campus")).findFirst()
                .map(Site::certifications).orElseThrow());
    }
}
