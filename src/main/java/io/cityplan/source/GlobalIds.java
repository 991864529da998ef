package io.cityplan.source;

import io.cityplan.common.GlobalId;

final class GlobalIds {

    private GlobalIds() {
    }

    static String document(String code) {
        return GlobalId.of("SourceDocument", code);
    }

    static String citation(String id) {
        return GlobalId.of("Citation", id);
    }
}
