package io.cityplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "programme")
public class ProgrammeEntity {

    @Id
    public String id;
    @Column(name = "plan_code")
    public String planCode;
    public int ordinal;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "aim_zh")
    public String aimZh;
    @Column(name = "aim_en")
    public String aimEn;
    @Column(name = "citation_id")
    public String citationId;
}
