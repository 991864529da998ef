package io.cityplan.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region row. Relations are kept as key columns: every relationship is read in batches by key, never lazily. */
@Entity
@Table(name = "region")
public class RegionEntity {

    @Id
    public String code;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "short_name_zh")
    public String shortNameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    public RegionKind kind;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "citation_id")
    public String citationId;
}
