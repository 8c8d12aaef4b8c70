package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.HardwareSku;
import javafx.scene.control.Label;
import org.kordamp.ikonli.material2.Material2AL;

/** A GPU pod: SKU, GPU count and install month. */
public final class PodNode extends ElementNode {
    public PodNode(GpuPod pod, HardwareSku sku, BuildOutAtMonth.Status status) {
        super(pod.id(), ElementKind.POD, "pod");
        Label name = title(Material2AL.DEVELOPER_BOARD, sku.id());
        Label gpus = line(Numbers.whole(pod.gpus()) + " GPUs", "element-figures-strong");
        Label install = line("install " + pod.install(), "element-figures");
        Label note = line(status.presence() == Presence.ACTIVE ? "in service" : status.presence().label(),
                "element-note");
        card.getChildren().addAll(name, gpus, install, note);
        setPresence(status);
        javafx.scene.control.Tooltip.install(this, new javafx.scene.control.Tooltip(sku.name() + "\n" + status.note()));
    }
}
