package io.cityplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "task")
public class TaskEntity {

    @Id
    public String id;
    @Column(name = "plan_code")
    public String planCode;
    @Column(name = "programme_id")
    public String programmeId;
    public int ordinal;
    @Column(name = "title_zh")
    public String titleZh;
    @Column(name = "title_en")
    public String titleEn;
    @Column(name = "summary_zh")
    public String summaryZh;
    @Column(name = "summary_en")
    public String summaryEn;
    @Column(name = "citation_id")
    public String citationId;
}
