package io.cityplan.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "indicator")
public class IndicatorEntity {

    @Id
    public String code;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "unit_symbol")
    public String unitSymbol;
    @Enumerated(EnumType.STRING)
    public IndicatorCategory category;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    @Column(name = "citation_id")
    public String citationId;
}
