package io.cityplan.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "project")
public class ProjectEntity {

    @Id
    public String code;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    public ProjectKind kind;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "park_code")
    public String parkCode;
    @Column(name = "citation_id")
    public String citationId;
}
