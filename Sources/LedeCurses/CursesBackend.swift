import CNcursesw
import LedeUI
