package io.cityplan.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.editing.InputRules;
import io.cityplan.editing.InvalidInputException;
import io.cityplan.park.ParkService;
import io.cityplan.project.ProjectService;
import io.cityplan.region.RegionService;
import io.cityplan.source.Citation;
import io.cityplan.source.SourceDocument;
import io.cityplan.source.SourceService;

/**
 * The dataset's rules for a reported figure (those the loader's checks apply to a release), applied to what an editor
 * sends: every code known, one scope, a unit of the dataset's, the years of a TOTAL, no achieved figure for a year
 * after its document's, and a source quoted. Each refusal names the input field at fault.
 */
@ApplicationScoped
class ObservationChecks {

    private static final int MAX_TEXT = 2_000;
    private static final int MAX_SHORT_TEXT = 40;
    /** numeric holds any value; a figure a document reports has far fewer digits than this. */
    private static final int MAX_DIGITS = 30;

    private final KpiService kpis;
    private final RegionService regions;
    private final ParkService parks;
    private final ProjectService projects;
    private final SourceService sources;

    ObservationChecks(KpiService kpis, RegionService regions, ParkService parks, ProjectService projects,
            SourceService sources) {
        this.kpis = kpis;
        this.regions = regions;
        this.parks = parks;
        this.projects = projects;
        this.sources = sources;
    }

    /** A figure's columns, checked, with the id of its citation. */
    record Row(ObservationInput input, Comparison comparator, FigureForm form, String citationId) {
    }

    /** The figure of {@code input} (at {@code path} in the mutation's input), or the first rule it breaks. */
    Row check(ObservationInput input, String path) {
        if (kpis.indicator(input.indicator()).isEmpty()) {
            throw new InvalidInputException(path + ".indicator", "no indicator has the code " + input.indicator());
        }
        long scopes = Stream.of(input.region(), input.park(), input.project()).filter(s -> s != null).count();
        if (scopes != 1) {
            throw new InvalidInputException(path + ".region", "give exactly one of region, park and project");
        }
        if (input.region() != null && regions.region(input.region()).isEmpty()) {
            throw new InvalidInputException(path + ".region", "no region has the code " + input.region());
        }
        if (input.park() != null && parks.park(input.park()).isEmpty()) {
            throw new InvalidInputException(path + ".park", "no park has the code " + input.park());
        }
        if (input.project() != null && projects.byCodes(List.of(input.project())).get(0) == null) {
            throw new InvalidInputException(path + ".project", "no project has the code " + input.project());
        }
        if (!kpis.units().bySymbol().containsKey(input.unit())) {
            throw new InvalidInputException(path + ".unit", "not one of the dataset's units: " + input.unit());
        }
        var form = input.form() == null ? FigureForm.LEVEL : input.form();
        checkYears(input, form, path);
        checkValue(input.value(), path + ".value");
        InputRules.text(input.periodZh(), MAX_SHORT_TEXT, path + ".periodZh");
        InputRules.text(input.note(), MAX_TEXT, path + ".note");
        var document = document(input, path);
        if (input.kind() == ObservationKind.ACTUAL && input.year() > document.year()) {
            throw new InvalidInputException(path + ".year", "an ACTUAL figure cannot be for " + input.year()
                    + ", after the year of its document (" + document.year() + ")");
        }
        var comparator = input.comparator() == null ? Comparison.EQ : input.comparator();
        return new Row(input, comparator, form, Citation.id(document.code(), input.citation().quote()));
    }

    private static void checkYears(ObservationInput input, FigureForm form, String path) {
        InputRules.year(input.year(), path + ".year");
        if (form == FigureForm.TOTAL && input.startYear() == null) {
            throw new InvalidInputException(path + ".startYear", "a TOTAL figure needs the first year it sums");
        }
        if (form != FigureForm.TOTAL && input.startYear() != null) {
            throw new InvalidInputException(path + ".startYear", "only a TOTAL figure has a startYear");
        }
        if (input.startYear() != null && (input.startYear() > input.year()
                || input.startYear() < InputRules.FIRST_YEAR)) {
            throw new InvalidInputException(path + ".startYear", "must lie between " + InputRules.FIRST_YEAR
                    + " and year");
        }
    }

    /** At most MAX_DIGITS digits before the point and as many after it (a scale of Integer.MIN_VALUE included). */
    private static void checkValue(BigDecimal value, String field) {
        if (value.precision() > MAX_DIGITS || value.scale() > MAX_DIGITS || value.scale() < -MAX_DIGITS
                || (long) value.precision() - value.scale() > MAX_DIGITS) {
            throw new InvalidInputException(field, "has more than " + MAX_DIGITS + " digits");
        }
    }

    private SourceDocument document(ObservationInput input, String path) {
        var citation = input.citation();
        var document = sources.document(citation.document()).orElseThrow(() -> new InvalidInputException(
                path + ".citation.document", "no document has the code " + citation.document()
                        + "; register it first (registerDocument)"));
        if (citation.quote().isBlank()) {
            throw new InvalidInputException(path + ".citation.quote", "a figure needs the passage that states it");
        }
        InputRules.text(citation.quote(), MAX_TEXT, path + ".citation.quote");
        return document;
    }
}
