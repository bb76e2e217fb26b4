package com.acme.clinic;

import jakarta.persistence.*;

@Entity
public class Patient {
  @Id @GeneratedValue Long pid;
  String name;
}
