package com.tokenfactory.core.catalog;

import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.Sourced;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The SKUs every new plan starts with. Figures and sources from ../shared/reference/defaults.md unless noted; prices
 * are street estimates and marked low confidence, as their sources say they are.
 */
public final class BuiltInCatalog {
    private static final String KLOCKWOOD_H100 = "NVIDIA H100 whitepaper figures as tabulated at glennklockwood.com/garden/processors/h100";
    private static final String H200_BRIEF = "NVIDIA H200 product brief (same compute as H100)";
    private static final String KLOCKWOOD_B200 = "glennklockwood.com/garden/processors/B200";
    private static final String AMD_MI300X = "AMD Instinct MI300X data sheet (also in GenZ-LLM-Analyzer system configs)";
    private static final String STREET_2026 = "aiinframap.com H100/H200/B200 TCO tool, mid-2026 street prices "
            + "(H100 ≈ $30k, H200 ≈ $35k, B200 ≈ $40k per GPU, ±20–40%)";
    private static final String RENT_MAY_2026 = "on-demand rental, May 2026: ";
    private static final String SEMI_H200 = "Published summary of the SemiAnalysis AI Cloud TCO model: 8-GPU H200 "
            + "server with its share of networking about $361k, 10.93 kW all-in";

    public static final HardwareSku H100 = new HardwareSku("H100-SXM", "NVIDIA H100 SXM (HGX)", "NVIDIA",
            Sourced.of(989, KLOCKWOOD_H100), Sourced.of(1979, KLOCKWOOD_H100), Sourced.of(80, KLOCKWOOD_H100),
            Sourced.of(3.35, KLOCKWOOD_H100), Sourced.of(700, KLOCKWOOD_H100),
            Sourced.of(1275, "NVIDIA DGX H100 data sheet: 10.2 kW maximum system power ÷ 8 GPUs"),
            Sourced.rough(40_000, "Derived: H200 all-in $45k (" + SEMI_H200 + ") less the H200–H100 street "
                    + "price gap of $5k (" + STREET_2026 + ")"),
            8, YearMonth.of(2022, 10),
            "NVIDIA GTC, September 2022: H100 in full production, partner systems from October 2022",
            Sourced.of(2.95, RENT_MAY_2026 + "median of 37 providers' posted H100 prices, aimultiple.com Cloud GPU "
                    + "Rental Price Index (updated 20 May 2026); specialty clouds $2.50–3.50 (mercatus-ai.com, May "
                    + "2026)"));

    public static final HardwareSku H200 = new HardwareSku("H200-SXM", "NVIDIA H200 SXM (HGX)", "NVIDIA",
            Sourced.of(989, H200_BRIEF), Sourced.of(1979, H200_BRIEF), Sourced.of(141, H200_BRIEF),
            Sourced.of(4.8, H200_BRIEF), Sourced.of(700, H200_BRIEF),
            Sourced.rough(1366, SEMI_H200 + " → 10.93 kW ÷ 8 GPUs"),
            Sourced.rough(45_125, SEMI_H200 + " → $361k ÷ 8 GPUs"),
            8, YearMonth.of(2024, 4),
            "NVIDIA, November 2023: H200 systems available from partners starting in the second quarter of 2024",
            Sourced.rough(4.00, RENT_MAY_2026 + "midpoint of specialty-cloud H200 SXM prices $3.50–4.50 "
                    + "(mercatus-ai.com cloud GPU pricing guide, May 2026; hyperscalers $4.50–7.00)"));

    public static final HardwareSku B200 = new HardwareSku("B200", "NVIDIA B200 (HGX)", "NVIDIA",
            Sourced.of(2250, KLOCKWOOD_B200), Sourced.of(4500, KLOCKWOOD_B200),
            Sourced.of(180, KLOCKWOOD_B200 + "; 180–192 GB quoted, 180 GB per GPU on HGX B200"),
            Sourced.of(8.0, KLOCKWOOD_B200), Sourced.of(1000, KLOCKWOOD_B200),
            Sourced.of(1788, "NVIDIA DGX B200 data sheet: about 14.3 kW maximum system power ÷ 8 GPUs"),
            Sourced.rough(50_125, "Derived: H200 all-in $45.1k (" + SEMI_H200 + ") plus the B200–H200 street "
                    + "price gap of $5k (" + STREET_2026 + ")"),
            8, YearMonth.of(2025, 1), "HGX B200 systems shipping from early 2025 (vendor announcements)",
            Sourced.rough(5.98, "RunPod B200 spot price, March 2026 (deploybase.ai RunPod pricing guide; on demand "
                    + "$10.57); the lowest on-demand B200 of 26 providers tracked was $3.75 (packet.ai, June 2026)"));

    public static final HardwareSku GB200 = new HardwareSku("GB200-NVL72", "NVIDIA GB200 NVL72 (per GPU)", "NVIDIA",
            Sourced.of(2500, KLOCKWOOD_B200), Sourced.of(5000, KLOCKWOOD_B200), Sourced.of(186, KLOCKWOOD_B200),
            Sourced.of(8.0, KLOCKWOOD_B200), Sourced.of(1200, KLOCKWOOD_B200),
            Sourced.of(1667, KLOCKWOOD_B200 + ": NVL72 rack ~120 kW ÷ 72 GPUs"),
            Sourced.rough(41_667, "GB200 NVL72 rack street price $2–3M (defaults.md); $3.0M taken because the "
                    + "rack price excludes scale-out networking → ÷ 72 GPUs"),
            72, YearMonth.of(2025, 3),
            "NVIDIA Q4 FY2025 results (Feb 2025): GB200 NVL72 in volume ramp; first racks shipped early 2025");

    public static final HardwareSku MI300X = new HardwareSku("MI300X", "AMD Instinct MI300X (8-GPU platform)", "AMD",
            Sourced.of(1307, AMD_MI300X), Sourced.of(2615, AMD_MI300X), Sourced.of(192, AMD_MI300X),
            Sourced.of(5.3, AMD_MI300X), Sourced.of(750, AMD_MI300X),
            Sourced.rough(1325, "Derived: 750 W GPU plus the DGX H100's non-GPU share per GPU "
                    + "((10.2 kW − 8 × 700 W) ÷ 8 = 575 W)"),
            Sourced.rough(22_625, "Derived: street price $10–15k, midpoint $12.5k (defaults.md), plus the H200 "
                    + "server's non-GPU share per GPU ($45.1k all-in − $35k street GPU price, " + STREET_2026 + ")"),
            8, YearMonth.of(2024, 1), "AMD launched the MI300X on 6 December 2023; volume shipments from 2024");

    private static final List<HardwareSku> ALL = List.of(H100, H200, B200, GB200, MI300X);

    private BuiltInCatalog() {
    }

    public static List<HardwareSku> skus() {
        return ALL;
    }

    public static Optional<HardwareSku> find(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
