package se.utvecklingsmedel;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parameter names of core's methods, from the local variable table of their class files. Core
 * is compiled without the MethodParameters attribute (so that Jackson's ParameterNamesModule finds
 * no creator in a private constructor), so reflection names them {@code arg0}, {@code arg1}; the
 * debug information the JVM uses for its own null messages still has them.
 */
final class ParameterNames {

  private static final Map<Class<?>, Map<String, Map<Integer, String>>> TABLES =
      new ConcurrentHashMap<>();

  private ParameterNames() {
  }

  /**
   * The names of an executable's parameters; an abstract method's are read from its
   * implementation in {@code implementation}.
   */
  static String[] of(Executable executable, Class<?> implementation) {
    Class<?> owner = executable.getDeclaringClass();
    String key = name(executable) + descriptor(executable);
    Map<Integer, String> slots = TABLES.computeIfAbsent(owner, ParameterNames::read).get(key);
    for (Class<?> c = implementation; slots == null && c != null; c = c.getSuperclass()) {
      slots = TABLES.computeIfAbsent(c, ParameterNames::read).get(key);
    }
    if (slots == null) {
      throw new IllegalStateException("no local variable table for " + executable);
    }
    String[] names = new String[executable.getParameterCount()];
    int slot = Modifier.isStatic(executable.getModifiers()) ? 0 : 1;
    Class<?>[] types = executable.getParameterTypes();
    for (int i = 0; i < names.length; i++) {
      names[i] = slots.get(slot);
      slot += types[i] == long.class || types[i] == double.class ? 2 : 1;
    }
    return names;
  }

  private static String name(Executable executable) {
    return executable instanceof Constructor ? "<init>" : executable.getName();
  }

  private static String descriptor(Executable executable) {
    StringBuilder d = new StringBuilder("(");
    for (Class<?> type : executable.getParameterTypes()) {
      d.append(type.descriptorString());
    }
    d.append(')').append(executable instanceof Method m ? m.getReturnType().descriptorString()
        : "V");
    return d.toString();
  }

  /** Method name and descriptor to its local variable table (slot to name), for one class. */
  private static Map<String, Map<Integer, String>> read(Class<?> type) {
    String resource = "/" + type.getName().replace('.', '/') + ".class";
    try (InputStream stream = type.getResourceAsStream(resource)) {
      if (stream == null) {
        return Map.of();
      }
      DataInputStream in = new DataInputStream(stream);
      in.readInt(); // magic
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 7, 8, 16, 19, 20 -> skip(in, 2);
          case 15 -> skip(in, 3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(in, 4);
          case 5, 6 -> {
            skip(in, 8);
            i++;
          }
          default -> throw new IOException("constant pool tag " + tag + " in " + type);
        }
      }
      skip(in, 6); // access, this, super
      skip(in, 2 * in.readUnsignedShort()); // interfaces
      int fields = in.readUnsignedShort();
      for (int i = 0; i < fields; i++) {
        skip(in, 6);
        skipAttributes(in);
      }
      Map<String, Map<Integer, String>> tables = new HashMap<>();
      int methods = in.readUnsignedShort();
      for (int i = 0; i < methods; i++) {
        skip(in, 2);
        String key = utf8[in.readUnsignedShort()] + utf8[in.readUnsignedShort()];
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          String name = utf8[in.readUnsignedShort()];
          int length = in.readInt();
          if (!name.equals("Code")) {
            skip(in, length);
            continue;
          }
          skip(in, 4);
          skip(in, in.readInt()); // the code
          skip(in, 8 * in.readUnsignedShort()); // exception table
          int codeAttributes = in.readUnsignedShort();
          for (int c = 0; c < codeAttributes; c++) {
            String codeAttribute = utf8[in.readUnsignedShort()];
            int codeLength = in.readInt();
            if (!codeAttribute.equals("LocalVariableTable")) {
              skip(in, codeLength);
              continue;
            }
            Map<Integer, String> slots = tables.computeIfAbsent(key, k -> new HashMap<>());
            int entries = in.readUnsignedShort();
            for (int e = 0; e < entries; e++) {
              int start = in.readUnsignedShort();
              skip(in, 2);
              String variable = utf8[in.readUnsignedShort()];
              skip(in, 2);
              int slot = in.readUnsignedShort();
              if (start == 0) { // a parameter lives from the first instruction
                slots.putIfAbsent(slot, variable);
              }
            }
          }
        }
      }
      return tables;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void skip(DataInputStream in, int bytes) throws IOException {
    if (in.readNBytes(bytes).length != bytes) {
      throw new IOException("class file ends early");
    }
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      skip(in, 2);
      skip(in, in.readInt());
    }
  }
}
