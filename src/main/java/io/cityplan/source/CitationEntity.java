package io.cityplan.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "citation")
public class CitationEntity {

    @Id
    public String id;
    @Column(name = "document_code")
    public String documentCode;
    public String quote;
}
