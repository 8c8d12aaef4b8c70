package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every canvas element is drawn. Positions are absolute canvas coordinates (one unit is one pixel at 100%
 * zoom) for sites, halls and pods alike; a container's box always holds its children. Elements the plan has no
 * position for are placed automatically: sites in a row, halls stacked inside their site, pods in rows of three inside
 * their hall, partner clouds in a column beside the sites. Elements with a stored position keep it; a container grows
 * (here, not in the plan) when a child would stick out of it.
 */
public final class CanvasLayout {
    public static final double MARGIN = 40;
    public static final double PAD = 12;
    public static final double GAP = 14;
    public static final double SITE_GAP = 48;
    public static final double SITE_HEADER = 114;
    public static final double SITE_MIN_W = 300;
    public static final double HALL_HEADER = 74;
    public static final double HALL_MIN_W = 250;
    public static final double HALL_EMPTY_H = 44;
    public static final double POD_W = 176;
    public static final double POD_H = 92;
    public static final double PARTNER_W = 250;
    public static final double PARTNER_H = 150;
    public static final int PODS_PER_ROW = 3;

    private final Map<String, Box> stored;
    private final Map<String, Box> boxes = new LinkedHashMap<>();

    private CanvasLayout(Plan plan) {
        this.stored = plan.layout();
        layOut(plan);
    }

    /** Every site, hall, pod and partner contract with its box, in drawing order (containers before contents). */
    public static Map<String, Box> of(Plan plan) {
        return new CanvasLayout(plan).boxes;
    }

    /** The size of a new, empty element of each kind. */
    public static Box emptySite(double x, double y) {
        return new Box(x, y, SITE_MIN_W, SITE_HEADER + HALL_HEADER + HALL_EMPTY_H + PAD + GAP);
    }

    public static Box emptyHall(double x, double y) {
        return new Box(x, y, HALL_MIN_W, HALL_HEADER + HALL_EMPTY_H);
    }

    public static Box pod(double x, double y) {
        return new Box(x, y, POD_W, POD_H);
    }

    public static Box partner(double x, double y) {
        return new Box(x, y, PARTNER_W, PARTNER_H);
    }

    private void layOut(Plan plan) {
        double nextSiteX = MARGIN;
        for (Site s : plan.sites()) {
            Box b = stored.get(s.id());
            if (b != null) {
                nextSiteX = Math.max(nextSiteX, b.x() + b.width() + SITE_GAP);
            }
        }
        double sitesRight = MARGIN;
        for (Site site : plan.sites()) {
            Box siteBox = stored.get(site.id());
            double ox = siteBox != null ? siteBox.x() : nextSiteX;
            double oy = siteBox != null ? siteBox.y() : MARGIN;
            boxes.put(site.id(), null); // keeps drawing order: the site before its halls
            double hallY = oy + SITE_HEADER;
            Box content = null;
            for (Hall hall : site.halls()) {
                Box hallBox = layOutHall(plan, hall, ox + PAD, stored.containsKey(hall.id()) ? 0 : nextFree(hallY, content));
                content = union(content, hallBox);
            }
            Box natural = content == null
                    ? emptySite(ox, oy)
                    : new Box(ox, oy, Math.max(SITE_MIN_W, content.x() + content.width() + PAD - ox),
                    content.y() + content.height() + PAD - oy);
            Box finalBox = siteBox != null ? grow(siteBox, content) : natural;
            boxes.put(site.id(), finalBox);
            if (siteBox == null) {
                nextSiteX = finalBox.x() + finalBox.width() + SITE_GAP;
            }
            sitesRight = Math.max(sitesRight, finalBox.x() + finalBox.width());
        }
        layOutPartners(plan.partners(), plan.sites().isEmpty() ? MARGIN : sitesRight + SITE_GAP);
    }

    private static double nextFree(double firstY, Box content) {
        return content == null ? firstY : content.y() + content.height() + GAP;
    }

    /** Lays out a hall at (x, y) unless it has a stored box; returns its box. */
    private Box layOutHall(Plan plan, Hall hall, double x, double y) {
        Box hallBox = stored.get(hall.id());
        double ox = hallBox != null ? hallBox.x() : x;
        double oy = hallBox != null ? hallBox.y() : y;
        boxes.put(hall.id(), null);
        Box content = null;
        int slot = 0;
        for (GpuPod pod : hall.gpuPods()) {
            Box podBox = stored.get(pod.id());
            if (podBox == null) {
                podBox = gridSlot(ox, oy, slot);
            }
            slot++;
            boxes.put(pod.id(), podBox);
            content = union(content, podBox);
        }
        Box natural = content == null
                ? emptyHall(ox, oy)
                : new Box(ox, oy, Math.max(HALL_MIN_W, content.x() + content.width() + PAD - ox),
                content.y() + content.height() + PAD - oy);
        Box finalBox = hallBox != null ? grow(hallBox, content) : natural;
        boxes.put(hall.id(), finalBox);
        return finalBox;
    }

    /** The n-th pod's place: rows of three below the hall header. */
    private static Box gridSlot(double hallX, double hallY, int n) {
        int row = n / PODS_PER_ROW;
        int col = n % PODS_PER_ROW;
        return pod(hallX + PAD + col * (POD_W + PAD), hallY + HALL_HEADER + row * (POD_H + PAD));
    }

    private void layOutPartners(List<PartnerCloud> partners, double columnX) {
        double nextY = MARGIN;
        for (PartnerCloud c : partners) {
            Box b = stored.get(c.id());
            if (b != null && b.x() < columnX + PARTNER_W && b.x() + b.width() > columnX) {
                nextY = Math.max(nextY, b.y() + b.height() + GAP);
            }
        }
        for (PartnerCloud c : partners) {
            Box b = stored.get(c.id());
            if (b == null) {
                b = partner(columnX, nextY);
                nextY += PARTNER_H + GAP;
            }
            boxes.put(c.id(), b);
        }
    }

    /** {@code box} grown (never shrunk) so that it holds {@code content} with padding. */
    static Box grow(Box box, Box content) {
        if (content == null) {
            return box;
        }
        double right = Math.max(box.x() + box.width(), content.x() + content.width() + PAD);
        double bottom = Math.max(box.y() + box.height(), content.y() + content.height() + PAD);
        double x = Math.min(box.x(), content.x() - PAD);
        double y = Math.min(box.y(), content.y() - PAD);
        return new Box(x, y, right - x, bottom - y);
    }

    static Box union(Box a, Box b) {
        if (a == null) {
            return b;
        }
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        double right = Math.max(a.x() + a.width(), b.x() + b.width());
        double bottom = Math.max(a.y() + a.height(), b.y() + b.height());
        return new Box(x, y, right - x, bottom - y);
    }
}
