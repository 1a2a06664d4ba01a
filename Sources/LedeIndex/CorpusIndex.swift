import GRDB
import LedeCore
