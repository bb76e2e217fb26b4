package dev.throughline.it.integrity;

import java.util.List;
import org.hibernate.Session;

/** Basic key columns ({@code Shift.nurseId}, {@code Shift.wardId}) under foreign-key constraints. */
class NurseShiftIntegrityTest extends MissingEntityContract {

  @Override
  String sourceEntity() {
    return "Nurse";
  }

  @Override
  String sourceKeyAttribute() {
    return "id";
  }

  @Override
  String targetEntity() {
    return "Ward";
  }

  @Override
  String targetKeyAttribute() {
    return "id";
  }

  @Override
  String throughEntity() {
    return "Shift";
  }

  @Override
  boolean hasForeignKeys() {
    return true;
  }

  @Override
  String danglingThroughRowSql() {
    return "insert into Shift (id, nurseId, wardId, slot) values (-1, -1, -1, 'dangling')";
  }

  @Override
  Long persistSource(Session session, String name) {
    Nurse nurse = new Nurse(name);
    session.persist(nurse);
    return nurse.getId();
  }

  @Override
  Long persistTarget(Session session, String name) {
    Ward ward = new Ward(name);
    session.persist(ward);
    return ward.getId();
  }

  @Override
  Class<?> sourceClass() {
    return Nurse.class;
  }

  @Override
  Class<?> targetClass() {
    return Ward.class;
  }

  @Override
  void link(Session session, Long sourceKey, Long targetKey) {
    NurseWards.of(session, sourceKey).link(targetKey);
  }

  @Override
  void linkWithData(Session session, Long sourceKey, Long targetKey) {
    NurseWards.of(session, sourceKey).link(targetKey, shift -> shift.setSlot("night"));
  }

  @Override
  void linkAll(Session session, Long sourceKey, List<Long> targetKeys) {
    NurseWards.of(session, sourceKey).linkAll(targetKeys);
  }

  @Override
  void set(Session session, Long sourceKey, List<Long> targetKeys) {
    NurseWards.of(session, sourceKey).set(targetKeys);
  }

  @Override
  void create(Session session, Long sourceKey, String name) {
    NurseWards.of(session, sourceKey).create(new Ward(name), shift -> shift.setSlot("day"));
  }

  @Override
  List<Long> linkedKeys(Session session, Long sourceKey) {
    return NurseWards.of(session, sourceKey).find().stream().map(Ward::getId).toList();
  }
}
