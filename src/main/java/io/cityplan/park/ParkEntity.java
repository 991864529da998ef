package io.cityplan.park;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "park")
public class ParkEntity {

    @Id
    public String code;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    public ParkKind kind;
    @Enumerated(EnumType.STRING)
    public ParkLevel level;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "citation_id")
    public String citationId;
}
