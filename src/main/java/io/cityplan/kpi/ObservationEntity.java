package io.cityplan.kpi;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "observation")
public class ObservationEntity {

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
    public int year;
    @Column(name = "period_zh")
    public String periodZh;
    @Enumerated(EnumType.STRING)
    public ObservationKind kind;
    @Enumerated(EnumType.STRING)
    public Comparator comparator;
    @Enumerated(EnumType.STRING)
    public FigureForm form;
    public BigDecimal value;
    @Column(name = "unit_symbol")
    public String unitSymbol;
    public String note;
    @Column(name = "citation_id")
    public String citationId;
}
