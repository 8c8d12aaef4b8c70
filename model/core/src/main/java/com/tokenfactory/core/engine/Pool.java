package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Site;

import java.util.SortedSet;

/**
 * Capacity the allocator draws on: the GPUs of one SKU at one site (owned), or one partner contract. Holds the
 * month-by-month state of one simulation run; never shared between runs.
 */
final class Pool {
    enum Kind { OWNED, COMMITTED, ON_DEMAND }

    final int index;
    final Kind kind;
    final int siteIndex;          // owned pools; -1 for contracts
    final Site site;
    final PartnerCloud contract;
    final HardwareSku sku;
    final int skuIndex;
    final SortedSet<String> certifications;
    final double[] gpus;          // GPUs in service each month (within life, whether up, failed or commissioning)
    final double[] poweredGpus;   // of those, the GPUs that serve: fed by their hall's power and the site's grid, up
                                  // (availability), at half while commissioning (owned); all of a contract's
    final double[] depreciation;  // IT depreciation of this pool's pods (owned)
    final double[] bookValue;     // net book value of this pool's pods at each month's start (owned)

    // state of the month being simulated
    double available;             // GPU-hours that may run: powered GPUs × hours (owned), GPUs × hours (contracts)
    double inferenceCap;
    double inferenceUsed;
    double trainingUsed;
    /** Of inferenceUsed, the GPU-hours held for services' daily peaks that idle off-peak ({@link DailyPeak}). */
    double heldForPeaks;

    Pool(int index, Kind kind, int siteIndex, Site site, PartnerCloud contract, HardwareSku sku, int skuIndex,
         SortedSet<String> certifications, int months) {
        this.index = index;
        this.kind = kind;
        this.siteIndex = siteIndex;
        this.site = site;
        this.contract = contract;
        this.sku = sku;
        this.skuIndex = skuIndex;
        this.certifications = certifications;
        this.gpus = new double[months];
        this.poweredGpus = new double[months];
        this.depreciation = new double[months];
        this.bookValue = new double[months];
    }

    static Kind kindOf(PartnerCloud c) {
        return c.kind() == ContractKind.COMMITTED ? Kind.COMMITTED : Kind.ON_DEMAND;
    }

    boolean owned() {
        return kind == Kind.OWNED;
    }

    /** GPU-hours given to workloads: training, and inference including what it holds for its daily peaks. */
    double busy() {
        return inferenceUsed + trainingUsed;
    }

    /** GPU-hours actually computing: {@link #busy()} less what is held for daily peaks and idles off-peak. */
    double working() {
        return busy() - heldForPeaks;
    }

    double idle() {
        return Math.max(0.0, available - inferenceUsed - trainingUsed);
    }

    /**
     * GPU-hours inference may still take this month; none once what is left is rounding residue of the fill (a
     * billionth of a GPU-hour, or a trillionth of the cap where that is larger: a cap of 10⁸ GPU-hours cannot be
     * filled closer than about 10⁻⁸).
     */
    double inferenceRoom() {
        double room = inferenceCap - inferenceUsed;
        return room <= Math.max(MonthlyAllocator.EPS, inferenceCap * 1e-12) ? 0.0 : room;
    }
}
