package com.tokenfactory.app.gui.present;

import java.time.YearMonth;
import java.util.List;

/**
 * The build-out at a glance: a card per site and one per partner contract.
 *
 * @param sites        the sites shown as cards (all of them, or the largest when there are many)
 * @param otherSites   one line about the sites without a card ("94 more sites: 3.1 GW, 410K GPUs"), or null
 * @param partners     the partner contracts shown as cards
 * @param otherPartners one line about the contracts without a card, or null
 * @param timeline      GPUs online by SKU over the horizon
 */
public record BuildOutSlide(String title, String headline, List<SiteCard> sites, String otherSites,
                            List<PartnerCard> partners, String otherPartners, GpuTimeline timeline) implements Slide {
    public BuildOutSlide {
        sites = List.copyOf(sites);
        partners = List.copyOf(partners);
    }

    /**
     * GPUs online month by month, one band per SKU (owned and rented together): the engine's {@code SkuResult}
     * series. Only SKUs that are online in some month, in the order they first come online.
     */
    public record GpuTimeline(YearMonth start, int months, List<SkuBand> bands) {
        public GpuTimeline {
            bands = List.copyOf(bands);
        }

        /** The most GPUs online in one month, all SKUs together. */
        public double peak() {
            double peak = 0;
            for (int m = 0; m < months; m++) {
                double sum = 0;
                for (SkuBand b : bands) {
                    sum += b.gpus(m);
                }
                peak = Math.max(peak, sum);
            }
            return peak;
        }
    }

    /** One SKU's GPUs online in each month of the horizon. */
    public record SkuBand(String sku, List<Double> gpusByMonth) {
        public SkuBand {
            gpusByMonth = List.copyOf(gpusByMonth);
        }

        public double gpus(int month) {
            return gpusByMonth.get(month);
        }
    }

    /**
     * A site as its card shows it.
     *
     * @param certifications comma-separated, or empty
     * @param otherHalls     one line about the halls without a line of their own, or null
     */
    public record SiteCard(String name, String region, String certifications, double gridMw, YearMonth gridAvailable,
                           double pue, List<HallLine> halls, String otherHalls, List<GpuCount> gpus) {
        public SiteCard {
            halls = List.copyOf(halls);
            gpus = List.copyOf(gpus);
        }
    }

    /**
     * A hall: its critical IT power and the month it powers on.
     *
     * @param monthsWaitingForGrid months the built hall waits for the site's grid connection (0 when none)
     */
    public record HallLine(String name, double criticalItMw, YearMonth powerOn, int monthsWaitingForGrid) {
    }

    /** GPUs of one SKU planned in a site, by the SKU's display name. */
    public record GpuCount(String sku, long gpus) {
    }

    /**
     * A partner contract: rented capacity.
     *
     * @param committed true for take-or-pay, false for on demand
     * @param end       the first month after the term
     */
    public record PartnerCard(String name, String provider, String sku, int gpus, double usdPerGpuHour,
                              YearMonth start, YearMonth end, boolean committed, String certifications) {
    }
}
