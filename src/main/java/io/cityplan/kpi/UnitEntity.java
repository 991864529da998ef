package io.cityplan.kpi;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "unit")
public class UnitEntity {

    @Id
    public String symbol;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "normalized_symbol")
    public String normalizedSymbol;
    public BigDecimal factor;
}
