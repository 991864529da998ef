package io.cityplan.dataset;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

import io.cityplan.dataset.DatasetFiles.DocumentRecord;
import io.cityplan.dataset.DatasetFiles.IndicatorRecord;
import io.cityplan.dataset.DatasetFiles.MilestoneRecord;
import io.cityplan.dataset.DatasetFiles.ObservationRecord;
import io.cityplan.dataset.DatasetFiles.OutcomeRecord;
import io.cityplan.dataset.DatasetFiles.ParkRecord;
import io.cityplan.dataset.DatasetFiles.PlanRecord;
import io.cityplan.dataset.DatasetFiles.ProjectRecord;
import io.cityplan.dataset.DatasetFiles.ProjectionRecord;
import io.cityplan.dataset.DatasetFiles.RegionRecord;
import io.cityplan.dataset.DatasetFiles.TargetRecord;
import io.cityplan.dataset.DatasetFiles.UnitRecord;

/**
 * The whole dataset, read and checked: every reference resolves, every record has its citation.
 *
 * @param checksum identifies the content of the files it was read from
 * @param citations by citation id
 * @param targets with the document each one cites and the task id it belongs to (null when none); so milestones
 */
record Dataset(String checksum, List<DocumentRecord> documents, List<UnitRecord> units, List<RegionRecord> regions,
        List<PlanRecord> plans, List<ParkRecord> parks, List<ProjectRecord> projects, List<IndicatorRecord> indicators,
        List<Figure<TargetRecord>> targets, List<Figure<ObservationRecord>> observations,
        List<Figure<MilestoneRecord>> milestones, List<Figure<OutcomeRecord>> outcomes,
        List<Figure<ProjectionRecord>> projections,
        Map<String, Citation> citations) {

    record Citation(String id, String document, String quote) {
    }

    /** A target, observation, milestone, outcome or projection with what its file says about it as a whole. */
    record Figure<T>(T record, String citationId, String taskId) {
    }

    /** The id of the citation of {@code quote} in {@code document}. */
    static String citationId(String document, String quote) {
        return io.cityplan.source.Citation.id(document, quote);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
