package io.cityplan.park;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "park_industry")
public class ParkIndustryEntity {

    @EmbeddedId
    public Key key;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;

    @Embeddable
    public record Key(@Column(name = "park_code") String parkCode, int position) implements Serializable {
    }
}
