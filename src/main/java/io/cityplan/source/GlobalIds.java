package io.cityplan.source;

import io.cityplan.common.GlobalId;

final class GlobalIds {

    static final String DOCUMENT = "SourceDocument";
    static final String CITATION = "Citation";

    private GlobalIds() {
    }

    static String document(String code) {
        return GlobalId.of(DOCUMENT, code);
    }

    static String citation(String id) {
        return GlobalId.of(CITATION, id);
    }
}
