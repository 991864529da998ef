package io.cityplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "plan")
public class PlanEntity {

    @Id
    public String code;
    @Column(name = "title_zh")
    public String titleZh;
    @Column(name = "title_en")
    public String titleEn;
    @Column(name = "issuer_zh")
    public String issuerZh;
    @Column(name = "issuer_en")
    public String issuerEn;
    public int year;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "summary_zh")
    public String summaryZh;
    @Column(name = "summary_en")
    public String summaryEn;
    @Column(name = "citation_id")
    public String citationId;
}
