package com.discountworkbench.ui.simulate;

import com.discountworkbench.policy.BudgetOutcome;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.ScenarioSummary;
import com.discountworkbench.policy.Totals;
import com.discountworkbench.ui.i18n.Formats;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario's figures as cards: expected conversions, revenue, discount cost, gross margin and profit, and the
 * profit gained over giving no discount and over the best single discount for everyone. Written in the window's
 * language, and rewritten when it changes.
 */
public final class KpiViewModel {
    private final UiLanguage language;
    private final List<KpiCard> cards = new ArrayList<>();
    private PolicyResult shown;

    public KpiViewModel(UiLanguage language) {
        this.language = language;
        for (KpiCard.Kind kind : KpiCard.Kind.values()) {
            cards.add(new KpiCard(kind));
        }
        language.property().addListener(changed -> {
            if (shown != null) {
                show(shown);
            }
        });
    }

    public List<KpiCard> cards() {
        return cards;
    }

    public KpiCard card(KpiCard.Kind kind) {
        return cards.get(kind.ordinal());
    }

    void show(PolicyResult result) {
        shown = result;
        Formats f = language.formats();
        ScenarioSummary summary = result.summary();
        Totals totals = summary.totals();
        Totals none = summary.noDiscount();
        card(KpiCard.Kind.CONVERSIONS).show(Figures.count(f, totals.conversions()),
                language.text("simulate.kpi.conversions.detail", f.percent(share(totals.conversions(),
                        totals.customers()), 1), f.integer(totals.customers())), KpiCard.Tone.NEUTRAL);
        card(KpiCard.Kind.REVENUE).show(Figures.money(f, totals.revenue()),
                language.text("simulate.kpi.noDiscount", Figures.money(f, none.revenue())), KpiCard.Tone.NEUTRAL);
        card(KpiCard.Kind.DISCOUNT_COST).show(Figures.money(f, totals.discountCost()), budgetDetail(f, summary),
                KpiCard.Tone.NEUTRAL);
        card(KpiCard.Kind.GROSS_MARGIN).show(Figures.money(f, totals.grossMargin()),
                language.text("simulate.kpi.grossMargin.detail", f.percent(share(totals.grossMargin(),
                        totals.revenue()), 1)), KpiCard.Tone.NEUTRAL);
        card(KpiCard.Kind.PROFIT).show(Figures.money(f, totals.profit()),
                language.text("simulate.kpi.profit.detail", Figures.money(f, share(totals.profit(),
                        totals.customers()))), KpiCard.Tone.NEUTRAL);
        double gain = summary.incrementalProfitVsNoDiscount();
        card(KpiCard.Kind.VS_NO_DISCOUNT).show(Figures.signedMoney(f, gain),
                language.text("simulate.kpi.vsNoDiscount.detail", Figures.money(f, none.profit())), tone(gain));
        double overBest = summary.incrementalProfitVsBestUniform();
        String bestLevel = Figures.level(f, result.problem().offers()
                .level(result.problem().offers().indexOf(summary.bestUniformLevel())));
        card(KpiCard.Kind.VS_BEST_UNIFORM).show(Figures.signedMoney(f, overBest),
                language.text("simulate.kpi.vsBestUniform.detail", bestLevel,
                        Figures.money(f, summary.bestUniform().profit())), tone(overBest));
    }

    /** Clears every card, e.g. while there is no model. */
    void clear() {
        shown = null;
        cards.forEach(card -> card.show("–", "", KpiCard.Tone.NEUTRAL));
    }

    private String budgetDetail(Formats f, ScenarioSummary summary) {
        BudgetOutcome budget = summary.budget();
        if (budget == null) {
            return language.text("simulate.kpi.discountCost.detail", f.percent(share(summary.totals().discountCost(),
                    summary.totals().revenue()), 1));
        }
        String key = !budget.met() ? "simulate.kpi.budget.notMet"
                : budget.binding() ? "simulate.kpi.budget.binding" : "simulate.kpi.budget.slack";
        return language.text(key, Figures.money(f, budget.budget()));
    }

    private static KpiCard.Tone tone(double gain) {
        if (Math.abs(gain) < 0.005) {
            return KpiCard.Tone.NEUTRAL;
        }
        return gain > 0 ? KpiCard.Tone.GAIN : KpiCard.Tone.LOSS;
    }

    private static double share(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
