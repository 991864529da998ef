package io.cityplan.kpi;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "target")
public class TargetEntity {

    @Id
    public String code;
    @Column(name = "indicator_code")
    public String indicatorCode;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "park_code")
    public String parkCode;
    @Column(name = "project_code")
    public String projectCode;
    @Column(name = "task_id")
    public String taskId;
    @Enumerated(EnumType.STRING)
    public Comparator comparator;
    @Enumerated(EnumType.STRING)
    public FigureForm form;
    public BigDecimal value;
    @Column(name = "unit_symbol")
    public String unitSymbol;
    @Column(name = "start_year")
    public Integer startYear;
    @Column(name = "target_year")
    public int targetYear;
    @Column(name = "baseline_value")
    public BigDecimal baselineValue;
    @Column(name = "baseline_year")
    public Integer baselineYear;
    @Column(name = "reference_zh")
    public String referenceZh;
    @Column(name = "reference_en")
    public String referenceEn;
    public boolean aspirational;
    public String note;
    @Column(name = "citation_id")
    public String citationId;
}
