package io.cityplan.source;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "source_document")
public class SourceDocumentEntity {

    @Id
    public String code;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "title_zh")
    public String titleZh;
    @Column(name = "title_en")
    public String titleEn;
    @Column(name = "publisher_zh")
    public String publisherZh;
    @Column(name = "publisher_en")
    public String publisherEn;
    public int year;
    @Column(name = "event_date")
    public LocalDate eventDate;
    @Enumerated(EnumType.STRING)
    public DocumentKind kind;
    @Column(name = "summary_en")
    public String summaryEn;
    public String url;
}
