package io.cityplan.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.editing.ChangeAction;
import io.cityplan.editing.ChangeNotices;
import io.cityplan.editing.ChangeNotices.Notice;
import io.cityplan.editing.Changes;
import io.cityplan.editing.Changes.Made;
import io.cityplan.editing.ConflictException;
import io.cityplan.editing.Editors.Editor;
import io.cityplan.editing.InputRules;
import io.cityplan.editing.InvalidInputException;

/** Source documents editors register, in one transaction with their audit record; held in memory once committed. */
@ApplicationScoped
class DocumentEdits {

    static final String SUBJECT = "DOCUMENT";
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** As long as a code that document(code:) takes (common.Code). */
    private static final int MAX_CODE = 64;
    private static final int MAX_TEXT = 2_000;

    private final Changes changes;
    private final SourceService sources;
    private final ChangeNotices notices;

    DocumentEdits(Changes changes, SourceService sources, ChangeNotices notices) {
        this.changes = changes;
        this.sources = sources;
        this.notices = notices;
    }

    SourceDocument register(Editor editor, RegisterDocumentInput input) {
        check(input);
        var code = changes.inTransaction(connection -> {
            var replayed = changes.replayed(connection, editor, input.idempotencyKey(), "registerDocument", input);
            return replayed.isPresent() ? replayed.get() : insert(connection, editor, input);
        });
        sources.documentsChanged();
        return sources.document(code).orElseThrow();
    }

    private String insert(Connection connection, Editor editor, RegisterDocumentInput input) throws SQLException {
        try (var taken = connection.prepareStatement(
                "SELECT code FROM source_document WHERE code = ? OR file_name = ? FOR UPDATE")) {
            taken.setString(1, input.code());
            taken.setString(2, fileName(input));
            try (var rs = taken.executeQuery()) {
                if (rs.next()) {
                    throw new ConflictException("A document is registered as " + rs.getString(1)
                            + " with this code or file name; quote it, or register this one under another code.");
                }
            }
        }
        try (var insert = connection.prepareStatement("""
                INSERT INTO source_document (code, file_name, title_zh, title_en, publisher_zh, publisher_en, year,
                    event_date, kind, summary_en, url, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EDITOR')""")) {
            insert.setString(1, input.code());
            insert.setString(2, fileName(input));
            insert.setString(3, input.titleZh());
            insert.setString(4, input.titleEn());
            insert.setString(5, input.publisherZh());
            insert.setString(6, input.publisherEn());
            insert.setInt(7, input.year());
            insert.setObject(8, input.date());
            insert.setString(9, input.kind().name());
            insert.setString(10, input.summaryEn());
            insert.setString(11, input.url());
            insert.executeUpdate();
        }
        String after;
        try (var query = connection.prepareStatement(
                "SELECT to_jsonb(d)::text FROM source_document d WHERE d.code = ?")) {
            query.setString(1, input.code());
            try (var rs = query.executeQuery()) {
                rs.next();
                after = rs.getString(1);
            }
        }
        changes.write(connection, new Made(SUBJECT, input.code(), ChangeAction.REGISTERED, 1, null, null, after),
                editor, input.idempotencyKey(), "registerDocument", input);
        notices.tell(connection, new Notice(SUBJECT, input.code(), ChangeAction.REGISTERED, 1, null, null));
        return input.code();
    }

    /** The file name it is kept under: the one given, or for a document registered by URL alone, its URL. */
    private static String fileName(RegisterDocumentInput input) {
        return input.fileName() != null ? input.fileName() : input.url();
    }

    private static void check(RegisterDocumentInput input) {
        if (input.code().length() > MAX_CODE || !CODE.matcher(input.code()).matches()) {
            throw new InvalidInputException("code", "must be lower-case letters, digits and single hyphens, at most "
                    + MAX_CODE + " characters");
        }
        if (input.url() == null && input.fileName() == null) {
            throw new InvalidInputException("url", "give a URL, a file name, or both");
        }
        if (input.url() != null) {
            try {
                var uri = new URI(input.url());
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new InvalidInputException("url", "must be an http or https URL");
                }
            } catch (URISyntaxException e) {
                throw new InvalidInputException("url", "is not a URL");
            }
        }
        InputRules.year(input.year(), "year");
        if (input.date() != null) {
            InputRules.year(input.date().getYear(), "date");
        }
        InputRules.filledText(input.titleZh(), MAX_TEXT, "titleZh");
        InputRules.filledText(input.titleEn(), MAX_TEXT, "titleEn");
        InputRules.filledText(input.publisherZh(), MAX_TEXT, "publisherZh");
        InputRules.filledText(input.publisherEn(), MAX_TEXT, "publisherEn");
        InputRules.filledText(input.url(), MAX_TEXT, "url");
        InputRules.filledText(input.fileName(), MAX_TEXT, "fileName");
        InputRules.filledText(input.summaryEn(), MAX_TEXT, "summaryEn");
    }
}
